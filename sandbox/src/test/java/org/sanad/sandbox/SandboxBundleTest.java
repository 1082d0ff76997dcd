package org.sanad.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The archive a team downloads (target/sanad-sandbox-VERSION.tar.gz, made in package, where this test
 * runs): everything the sandbox needs to start without the repository, runnable as unpacked, and
 * nothing of a build's leftovers or of a real secret.
 */
class SandboxBundleTest {

    private static final Path BUNDLE = Path.of(System.getProperty("sanad.bundle", "target/missing.tar.gz"));
    private static final String BASE = System.getProperty("sanad.bundle.base", "missing") + "/";
    private static final List<String> APIS = List.of("complaints-service", "cases-service", "referrals-service");
    /** The APIs, the citizen portal and the officer console: every server the sandbox starts. */
    private static final List<String> SERVICES = List.of("complaints-service", "cases-service", "referrals-service", "citizen-web",
            "officer-web");
    private static final List<String> SCRIPTS = List.of("start.sh", "stop.sh", "scripts/run-local.sh",
            "scripts/stop-local.sh", "scripts/ensure-databases.sh", "scripts/keycloak.sh", "scripts/service.sh",
            "scripts/signing-key.sh", "scripts/vapid-keys.sh", "scripts/demo-data.sh", "scripts/token.sh",
            "scripts/client-token.sh");
    /** What looks like a key or a secret: a private JWK's "d", a PEM private key, a secret or password assigned. */
    private static final Pattern SECRET = Pattern.compile(
            "\"d\"\\s*:\\s*\"[A-Za-z0-9_-]{20,}|-----BEGIN [A-Z ]*PRIVATE KEY-----|(?i)(secret|password)\\s*[=:]\\s*\"?[A-Za-z0-9+/_-]{16,}");
    /**
     * Where a secret may be, because it is public on purpose: the demo court's key and the local realm
     * (both DEMO ONLY, README.md says so), and the contracts' examples (a tracking secret, a webhook
     * secret), which illustrate the API wherever it is published.
     */
    private static final Pattern DEMO_ONLY = Pattern.compile(
            "local/court-iq-pmc-jwt\\.DEMO-ONLY-private-key\\.jwk\\.json|local/sanad-realm\\.json|contracts/[a-z-]+\\.yaml");

    /** Each entry's path inside the base folder, with its mode (and its text, for the small text files). */
    private static final Map<String, TarArchiveEntry> ENTRIES = new LinkedHashMap<>();
    private static final Map<String, String> TEXTS = new LinkedHashMap<>();

    @BeforeAll
    static void readTheArchive() throws IOException {
        assertTrue(Files.isRegularFile(BUNDLE), "no archive at " + BUNDLE);
        try (InputStream file = new BufferedInputStream(Files.newInputStream(BUNDLE));
                TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(file))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                assertTrue(entry.getName().startsWith(BASE), "an entry outside " + BASE + ": " + entry.getName());
                String path = entry.getName().substring(BASE.length());
                ENTRIES.put(path, entry);
                if (!entry.isDirectory() && !path.endsWith(".jar") && !path.endsWith(".dat") && entry.getSize() < 2_000_000) {
                    TEXTS.put(path, new String(tar.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
    }

    @Test
    void itHoldsWhatTheSandboxStartsFrom() {
        List<String> missing = new ArrayList<>();
        List<String> required = new ArrayList<>(SCRIPTS);
        required.addAll(List.of("README.md", "scripts/local-env.sh", "local/sanad-realm.json",
                "local/court-iq-pmc-jwt.DEMO-ONLY-private-key.jwk.json", "lib/demo-data.jar", "lib/sanad-court.jar", "lib/smsc-simulator.jar",
                "court-simulator/README.md", "docs/sandbox.md", "docs/court-integration.md"));
        for (String service : SERVICES) {
            required.add("services/" + service + "/quarkus-run.jar");
            required.add("services/" + service + "/quarkus/quarkus-application.dat");
        }
        for (String api : APIS) {
            required.add("contracts/" + api + ".yaml");
        }
        required.stream().filter(path -> !ENTRIES.containsKey(path) || ENTRIES.get(path).isDirectory()).forEach(missing::add);
        assertTrue(missing.isEmpty(), "the archive lacks " + missing);
        for (String service : SERVICES) {
            assertTrue(ENTRIES.keySet().stream().anyMatch(p -> p.startsWith("services/" + service + "/lib/main/")
                    && p.endsWith(".jar")), service + " has no libraries");
        }
    }

    @Test
    void theScriptsRunAsUnpackedAndTheSourcedOneIsNotAScript() {
        List<String> notExecutable = SCRIPTS.stream().filter(path -> (ENTRIES.get(path).getMode() & 0111) != 0111).toList();
        assertTrue(notExecutable.isEmpty(), "not executable for everyone: " + notExecutable);
        assertEquals(0, ENTRIES.get("scripts/local-env.sh").getMode() & 0111, "local-env.sh is sourced, not run");
        assertTrue(TEXTS.get("start.sh").contains("scripts/run-local.sh"), "start.sh does not run scripts/run-local.sh");
    }

    @Test
    void theScriptsNeitherBuildNorNeedMavenHere() {
        // the scripts build only in a checkout, which has mvnw; the archive has neither of these
        assertFalse(ENTRIES.containsKey("mvnw"), "mvnw in the archive: the scripts would build");
        assertFalse(ENTRIES.containsKey("pom.xml"), "pom.xml in the archive");
        List<String> unguarded = SCRIPTS.stream().filter(path -> TEXTS.get(path).contains("./mvnw ")
                && !TEXTS.get(path).contains("[ -x ./mvnw ]")).toList();
        assertTrue(unguarded.isEmpty(), "scripts that call Maven without asking whether it is there: " + unguarded);
    }

    @Test
    void itHoldsNoBuildLeftovers() {
        List<String> leftovers = ENTRIES.keySet().stream().filter(path -> path.contains("target/") || path.contains("/src/")
                || path.startsWith(".local/") || path.contains("node_modules/") || path.endsWith(".class")
                || path.endsWith(".aot") || path.startsWith("services/") && !SERVICES.contains(path.split("/")[1])).toList();
        assertTrue(leftovers.isEmpty(), "build leftovers in the archive: " + leftovers);
    }

    @Test
    void itsOnlySecretsAreTheClearlyDemoOnlyOnes() {
        List<String> secrets = TEXTS.entrySet().stream()
                .filter(text -> SECRET.matcher(text.getValue()).find())
                .map(Map.Entry::getKey)
                .filter(path -> !DEMO_ONLY.matcher(path).matches())
                .toList();
        assertTrue(secrets.isEmpty(), "what looks like a secret, outside the demo-only files: " + secrets);
        assertTrue(SECRET.matcher(TEXTS.get("local/court-iq-pmc-jwt.DEMO-ONLY-private-key.jwk.json")).find(),
                "the check does not see the demo court's private key");
        assertTrue(TEXTS.get("README.md").contains("DEMO ONLY"), "the README does not say the secrets are demo-only");
        assertFalse(TEXTS.get("README.md").contains("${project.version}"), "the README's version was not filled in");
    }

    @Test
    void theSecretCheckFindsAKeyOrASecret() {
        assertTrue(SECRET.matcher("{\"kty\":\"EC\",\"crv\":\"P-256\",\"d\":\"3q2-7wAAAQBGDnQ5yP1d0iJHd_Wx9a8\"}").find());
        assertFalse(SECRET.matcher("printf '{\"kty\":\"EC\",\"d\":\"%s\"}'").find(), "a template is no key");
        assertTrue(SECRET.matcher("-----BEGIN RSA PRIVATE KEY-----").find());
        assertTrue(SECRET.matcher("client_secret = \"Zm9vYmFyYmF6cXV4cXV1eA\"").find());
        assertFalse(SECRET.matcher("OIDC_CLIENT_SECRET=$service-secret").find());
    }
}
