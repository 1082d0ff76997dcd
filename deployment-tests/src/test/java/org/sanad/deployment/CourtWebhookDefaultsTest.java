package org.sanad.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A court's notification endpoint is https on a public address in production: the switch that
 * also allows http and loopback (for tests and local runs) is on in no profile but those, and no
 * manifest turns it on.
 */
class CourtWebhookDefaultsTest {

    private static final String SWITCH = "referrals.court-webhooks.allow-insecure-urls";

    @Test
    void insecureWebhookUrlsAreAllowedOnlyInTheDevAndTestProfiles() throws IOException {
        Properties properties = ServiceConfiguration.of("referrals-service");
        List<String> keys = properties.stringPropertyNames().stream().filter(k -> k.endsWith(SWITCH)).sorted().toList();
        assertEquals(List.of("%dev." + SWITCH, "%test." + SWITCH), keys,
                "only the dev and test profiles may set " + SWITCH + "; production keeps its default, false");
    }

    @Test
    void noManifestTurnsInsecureWebhookUrlsOn() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("..", "k8s"))) {
            // the manifests and their kustomize files; not the validator's npm packages (k8s/validate/node_modules)
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().contains("node_modules"))
                    .filter(f -> f.toString().matches(".*\\.(ya?ml|json|env|properties)$")).toList()) {
                String text = Files.readString(file).toLowerCase(Locale.ROOT);
                assertTrue(!text.contains("allow-insecure-urls") && !text.contains("allow_insecure_urls"),
                        file + " sets the court webhooks' insecure switch");
            }
        }
    }
}
