package org.sanad.courtsimulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine;

class VerifyCommandTest {

    @TempDir
    Path dir;

    private final SignedVersions versions = new SignedVersions();

    private final StringWriter out = new StringWriter();

    private final StringWriter err = new StringWriter();

    @Test
    void aVersionAsSignedVerifiesOfflineAndNamesItsKey() throws IOException {
        ObjectNode version = versions.signedVersion();

        assertEquals(0, verify(version.toString(), versions.jwks()), err.toString());
        assertTrue(out.toString().contains("signature verified: version 1 of referral " + version.path("id").asText()), out.toString());
        assertTrue(out.toString().contains("signed by key " + versions.keys.current().kid()), out.toString());
    }

    @Test
    void theVersionVerifiesWithWhatTheSignatureDoesNotCoverChanged() throws IOException {
        ObjectNode version = versions.signedVersion();
        version.put("status", "DECIDED");
        ((ObjectNode) version.path("court")).put("nameEn", "renamed in the catalogue");

        assertEquals(0, verify(version.toString(), versions.jwks()), err.toString());
    }

    @Test
    void aManifestHashChangedFailsWithExitCodeOne() throws IOException {
        ObjectNode version = versions.signedVersion();
        ((ObjectNode) version.path("evidence").get(0)).put("sha256", "0".repeat(64));

        assertEquals(SanadCourt.CHECK_FAILED, verify(version.toString(), versions.jwks()));
        assertEquals("CHECK FAILED: Signature REJECTED: The signature does not match the content", err.toString().strip());
        assertTrue(out.toString().isEmpty(), "a rejected version is reported as verified: " + out);
    }

    @Test
    void aDefendantsNameChangedFails() throws IOException {
        ObjectNode version = versions.signedVersion();
        ((ObjectNode) version.path("defendants").get(0)).put("name", "شخص آخر");

        assertEquals(SanadCourt.CHECK_FAILED, verify(version.toString(), versions.jwks()));
        assertTrue(err.toString().contains("The signature does not match the content"), err.toString());
    }

    @Test
    void aTamperedJwsFails() throws IOException {
        ObjectNode version = versions.signedVersion();
        ObjectNode signature = (ObjectNode) version.path("signature");
        String jws = signature.path("jws").asText();
        int last = jws.length() - 5;
        signature.put("jws", jws.substring(0, last) + (jws.charAt(last) == 'A' ? 'B' : 'A') + jws.substring(last + 1));

        assertEquals(SanadCourt.CHECK_FAILED, verify(version.toString(), versions.jwks()));
        assertTrue(err.toString().startsWith("CHECK FAILED: Signature REJECTED"), err.toString());
    }

    @Test
    void aKeyTheJwksDoesNotPublishFails() throws IOException {
        String otherKeys = SignedVersions.throwawayKeys().published().toString();

        assertEquals(SanadCourt.CHECK_FAILED, verify(versions.signedVersion().toString(), otherKeys));
        assertTrue(err.toString().contains("No published key " + versions.keys.current().kid()), err.toString());
    }

    @Test
    void aVersionWithoutItsSignatureFails() throws IOException {
        ObjectNode version = versions.signedVersion();
        version.remove("signature");

        assertEquals(SanadCourt.CHECK_FAILED, verify(version.toString(), versions.jwks()));
        assertTrue(err.toString().contains("The version carries no signature"), err.toString());
    }

    private int verify(String versionJson, String jwks) throws IOException {
        Path version = Files.writeString(dir.resolve("v.json"), versionJson);
        Path keys = Files.writeString(dir.resolve("jwks.json"), jwks);
        CommandLine command = SanadCourt.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        return command.execute("verify", "--version-file", version.toString(), "--jwks-file", keys.toString());
    }
}
