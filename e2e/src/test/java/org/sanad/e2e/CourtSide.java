package org.sanad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.sanad.client.referrals.ApiException;
import org.sanad.client.referrals.api.CourtIntegrationApi;
import org.sanad.client.referrals.model.ManifestItem;
import org.sanad.client.referrals.model.ReviewOutcome;
import org.sanad.courtsimulator.CheckedEvidence;
import org.sanad.courtsimulator.CourtConnection;
import org.sanad.courtsimulator.CourtCredentials;
import org.sanad.courtsimulator.CourtSimulator;
import org.sanad.courtsimulator.FeedState;
import org.sanad.courtsimulator.PlayOptions;
import org.sanad.courtsimulator.PlayReport;
import org.sanad.courtsimulator.SanadCourt;
import org.sanad.courtsimulator.Unreachable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;

/**
 * The court's side of the story, played by the court simulator (court-simulator/) in-process, as
 * an integrator runs {@code sanad-court} against a sandbox: the demo court system
 * {@code court-iq-pmc} with its client secret, and {@code court-iq-pmc-jwt}, the same court logging
 * in with private_key_jwt and the realm's demo key.
 */
final class CourtSide {

    static final String COURT = "court-iq-pmc";

    static final String SIGNED_JWT_COURT = "court-iq-pmc-jwt";

    static final Path DEMO_KEY = Suite.ROOT.resolve("local/court-iq-pmc-jwt.DEMO-ONLY-private-key.jwk.json");

    private CourtSide() {
    }

    /**
     * The court plays the referral's submitted version from the start of its feed: it must have
     * verified the signature and every evidence item of the manifest, had its retried receipt
     * answered as a replay, decided, and read its own replies back from the feed.
     */
    static PlayReport playAndDecide(UUID referral) throws Exception {
        CourtSimulator court = simulator(CourtCredentials.withSecret(CourtConnection.httpClient(), Suite.KEYCLOAK, COURT,
                COURT + "-secret"));
        Path state = workDirectory("court-state").resolve("court-state.json");
        PlayReport report = court.play(new FeedState(state), PlayOptions.accepting(referral));

        assertEquals(1, report.played().size(), "the court did not play exactly the submitted version: " + report.played());
        PlayReport.PlayedVersion played = report.played().get(0);
        assertEquals(referral, played.referral());
        assertEquals(1, played.version());
        assertEquals(currentSigningKey(), played.kid(), "not verified with the current published key");
        Set<UUID> manifest = manifest(referral);
        assertFalse(manifest.isEmpty(), "no evidence in the manifest");
        assertEquals(manifest, played.evidence().stream().map(CheckedEvidence::itemId).collect(Collectors.toSet()),
                "not every evidence item of the manifest was fetched and checked");
        played.evidence().forEach(item -> assertTrue(item.linkExpiresAt().isBefore(OffsetDateTime.now().plusMinutes(10)),
                "a long-lived link to " + item.itemId()));
        assertTrue(played.replayConfirmed(), "the retried receipt was not answered as a replay");
        assertEquals(ReviewOutcome.ACCEPTED, played.review());
        assertTrue(played.decided(), "the decision was not recorded");
        assertEquals(List.of("RECEIVED", "ACCEPTED", "HEARING_SCHEDULED", "DECIDED"), report.ownChanges(referral),
                "the court's feed does not show its own replies");
        return report;
    }

    /**
     * The version as served verifies with {@code sanad-court verify} offline, and the same JSON with
     * one manifest hash altered does not: exit code 1, the signature rejected.
     */
    static void aManifestHashAlteredFailsVerification(UUID referral) throws IOException {
        CourtConnection service = connection(CourtCredentials.withSecret(CourtConnection.httpClient(), Suite.KEYCLOAK, COURT,
                COURT + "-secret"));
        Path dir = workDirectory("verify");
        Path jwks = Files.writeString(dir.resolve("jwks.json"), service.jwks());
        String served = service.versionJson(referral, 1);
        Path version = Files.writeString(dir.resolve("v1.json"), served);
        assertEquals(0, verify(version, jwks, new StringWriter()), "the version as served does not verify");

        ObjectNode altered = (ObjectNode) Suite.json(served);
        ObjectNode item = (ObjectNode) altered.path("evidence").get(0);
        String sha256 = item.path("sha256").asText();
        item.put("sha256", (sha256.charAt(0) == '0' ? "1" : "0") + sha256.substring(1));
        Path tampered = Files.writeString(dir.resolve("v1-altered.json"), altered.toString());
        StringWriter err = new StringWriter();
        assertEquals(SanadCourt.CHECK_FAILED, verify(tampered, jwks, err), "a version with an altered manifest hash verifies");
        assertTrue(err.toString().contains("Signature REJECTED: The signature does not match the content"), err.toString());
    }

    /**
     * The same court logging in with private_key_jwt: Keycloak takes the demo key's client
     * assertion (and refuses one signed by another key under the same kid), and the token it
     * issues reads and verifies the court's referral.
     */
    static void theSignedJwtLoginVerifiesTheVersion(UUID referral, String kid) throws Exception {
        JWK demoKey = JWK.parse(Files.readString(DEMO_KEY));
        CourtSimulator court = simulator(CourtCredentials.withPrivateKey(CourtConnection.httpClient(), Suite.KEYCLOAK,
                SIGNED_JWT_COURT, demoKey));
        assertEquals(kid, court.verify(referral, 1).kid());

        ECKey impostor = new ECKeyGenerator(Curve.P_256).keyID(demoKey.getKeyID()).generate();
        CourtCredentials refused = CourtCredentials.withPrivateKey(CourtConnection.httpClient(), Suite.KEYCLOAK, SIGNED_JWT_COURT,
                impostor);
        assertThrows(Unreachable.class, refused::accessToken, "Keycloak took an assertion signed by another key");
    }

    private static int verify(Path version, Path jwks, StringWriter err) {
        StringWriter out = new StringWriter();
        int exit = SanadCourt.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute("verify", "--version-file", version.toString(), "--jwks-file", jwks.toString());
        System.out.print(out);
        System.out.print(err);
        return exit;
    }

    /** The manifest's items, as the court reads the referral through the published client. */
    private static Set<UUID> manifest(UUID referral) throws ApiException {
        return new CourtIntegrationApi(Clients.referrals(Suite.clientToken(COURT))).courtRead(referral, null).getEvidence().stream()
                .map(ManifestItem::getItemId).collect(Collectors.toSet());
    }

    /** The current key's id: the JWKS lists it first. */
    private static String currentSigningKey() {
        return Suite.json(connection(null).jwks()).path("keys").get(0).path("kid").asText();
    }

    private static Path workDirectory(String prefix) throws IOException {
        return Files.createTempDirectory(Files.createDirectories(Suite.LOGS).toAbsolutePath(), prefix);
    }

    private static CourtConnection connection(CourtCredentials credentials) {
        return new CourtConnection(Suite.url("referrals-service", 1), credentials, CourtConnection.httpClient());
    }

    private static CourtSimulator simulator(CourtCredentials credentials) {
        return new CourtSimulator(connection(credentials), line -> System.out.println("[court] " + line));
    }
}
