package org.sanad.commons.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * In production a service must not start with the local database passwords or client secret: each
 * secret's {@code %prod} value is an environment variable without a default, so a deployment that
 * forgets one fails at start instead of running with a password everyone knows.
 */
class ProductionSecretsTest {

    private static final List<String> SECRETS = List.of("quarkus.datasource.password", "quarkus.flyway.password",
            "quarkus.oidc-client.credentials.secret", "sanad.evidence-keys.active-id", "sanad.evidence-keys.active",
            "sanad.personal-data.index-key");

    @ParameterizedTest
    @ValueSource(strings = { "complaints-service", "cases-service", "referrals-service" })
    void noSecretHasADefaultInProduction(String service) throws IOException {
        // what service-commons contributes, then the service's own file, which wins
        Properties properties = new Properties();
        load(properties, Path.of("src/main/resources/META-INF/microprofile-config.properties"));
        load(properties, Path.of("..", service, "src/main/resources/application.properties"));
        for (String secret : SECRETS) {
            String production = properties.getProperty("%prod." + secret);
            assertTrue(production != null && production.matches("\\$\\{[A-Z_]+\\}"),
                    service + ": %prod." + secret + " must be an environment variable without a default, is " + production);
        }
        String linkSecret = properties.getProperty("referrals.evidence-links.secret");
        if (linkSecret != null) {
            assertEquals("${EVIDENCE_LINK_SECRET}", linkSecret);
        }
    }

    private static void load(Properties properties, Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
    }
}
