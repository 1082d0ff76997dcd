package org.sanad.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
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

    /** Every service's secrets: its database roles' passwords and its OIDC client's secret. */
    private static final List<String> SECRETS = List.of("quarkus.datasource.password", "quarkus.flyway.password",
            "quarkus.oidc-client.credentials.secret");

    /** The keys of sanad-privacy, for the services that take it (and sanad-evidence with it). */
    private static final List<String> KEY_SECRETS = List.of("sanad.evidence-keys.active-id", "sanad.evidence-keys.active",
            "sanad.personal-data.index-key");

    @ParameterizedTest
    @ValueSource(strings = { "complaints-service", "cases-service", "referrals-service" })
    void noSecretHasADefaultInProduction(String service) throws IOException {
        Properties properties = ServiceConfiguration.of(service);
        List<String> secrets = new ArrayList<>(SECRETS);
        if (ServiceConfiguration.sharedModules(service).contains("privacy")) {
            secrets.addAll(KEY_SECRETS);
        }
        for (String secret : secrets) {
            String production = properties.getProperty("%prod." + secret);
            assertTrue(production != null && production.matches("\\$\\{[A-Z_]+\\}"),
                    service + ": %prod." + secret + " must be an environment variable without a default, is " + production);
        }
        String linkSecret = properties.getProperty("referrals.evidence-links.secret");
        if (linkSecret != null) {
            assertEquals("${EVIDENCE_LINK_SECRET}", linkSecret);
        }
        // the private key referral versions are signed with: a Secret's, never a file of the build's
        String signingKey = properties.getProperty("referrals.signing.key");
        if (signingKey != null) {
            assertEquals("${REFERRAL_SIGNING_KEY}", signingKey);
            assertEquals(null, properties.getProperty("%prod.referrals.signing.key"), service + ": a production signing key in a file");
            assertEquals(null, properties.getProperty("%prod.referrals.signing.retired-keys"),
                    service + ": the retired signing keys come from the Secret (REFERRALS_SIGNING_RETIRED_KEYS)");
        }
    }

    /**
     * The audit anchors' keys come only from the service's Secret {@code <service>-audit-anchor}
     * (AuditAnchorsManifestTest): a key in a file of the build would be in the image and the
     * repository. Test and dev profiles may set their own.
     */
    @ParameterizedTest
    @ValueSource(strings = { "complaints-service", "cases-service", "referrals-service" })
    void noAuditAnchorKeyIsInAFileOfTheBuild(String service) throws IOException {
        for (String name : ServiceConfiguration.of(service).stringPropertyNames()) {
            boolean local = name.startsWith("%test.") || name.startsWith("%dev.");
            assertTrue(local || !name.replaceFirst("^%[^.]+\\.", "").startsWith("sanad.audit.anchor.keys."),
                    service + ": " + name + " must come from the Secret " + service + "-audit-anchor, not a file of the build");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "complaints-service", "cases-service", "referrals-service" })
    void aServiceWithoutThePrivacyModuleIsGivenNoKeys(String service) throws IOException {
        if (ServiceConfiguration.sharedModules(service).contains("privacy")) {
            return;
        }
        Properties properties = ServiceConfiguration.of(service);
        for (String secret : KEY_SECRETS) {
            assertTrue(properties.getProperty(secret) == null && properties.getProperty("%prod." + secret) == null,
                    service + " takes no data keys, yet configures " + secret);
        }
    }
}
