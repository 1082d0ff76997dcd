package org.sanad.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.deployment.KubernetesManifestsTest.name;
import static org.sanad.deployment.KubernetesManifestsTest.ofKind;
import static org.sanad.deployment.KubernetesManifestsTest.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * In production a service must not start with the local database passwords or client secret: each
 * secret's {@code %prod} value is an environment variable without a default, so a deployment that
 * forgets one fails at start instead of running with a password everyone knows. And every Secret
 * production reads comes from the secret store, key by key (an ExternalSecret of
 * k8s/overlays/prod/external-secrets.yaml) or from CloudNativePG, never from a Secret object of the
 * overlay; k8s/secrets.example.yaml is a local cluster's, by hand.
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

    /**
     * Every key of a Secret that production's workloads, Keycloak, its realm import and the
     * databases read is made by an ExternalSecret or by CloudNativePG (the databases' CA Secrets):
     * an ExternalSecret that drops a key leaves a pod that cannot start, or a database that cannot
     * be backed up, and fails here instead. The database roles' user names are the Clusters' own.
     */
    @ParameterizedTest
    @ValueSource(strings = { "prod", "prod-restore" })
    void everySecretKeyProductionReadsIsMadeByAnExternalSecretOrByCloudNativePg(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);
        Map<String, SecretSources.Made> made = SecretSources.made(objects);
        Map<String, Set<String>> read = SecretSources.read(objects, SecretSources.examples());
        assertTrue(read.getOrDefault("sanad/complaints-service-secrets", Set.of()).contains("evidence-key")
                && read.containsKey("sanad/complaints-service-audit-anchor") && read.containsKey("keycloak/keycloak-tls")
                && read.containsKey("sanad/backup-object-store") && read.containsKey("sanad/complaints-db-ca"),
                overlay + ": the Secrets read were not found where they are: " + read.keySet());
        read.forEach((secret, keys) -> {
            SecretSources.Made source = made.get(secret);
            assertNotNull(source, overlay + ": nothing makes the Secret " + secret);
            for (String key : keys) {
                assertTrue(source.makes(key), overlay + ": " + secret + "/" + key + " is read, but its ExternalSecret does not make it");
            }
        });
        for (JsonNode cluster : ofKind(objects, "Cluster")) {
            String namespace = cluster.path("metadata").path("namespace").asText();
            JsonNode spec = cluster.path("spec");
            JsonNode initdb = spec.path("bootstrap").path("initdb");
            JsonNode recovery = spec.path("bootstrap").path("recovery");
            JsonNode bootstrap = initdb.isMissingNode() ? recovery : initdb;
            if (bootstrap.has("secret")) {
                assertEquals(bootstrap.path("owner").asText(), made.get(namespace + "/" + bootstrap.path("secret").path("name").asText())
                        .username(), name(cluster) + ": the owner's Secret names another user");
            }
            for (JsonNode role : spec.path("managed").path("roles")) {
                assertEquals(role.path("name").asText(), made.get(namespace + "/" + role.path("passwordSecret").path("name").asText())
                        .username(), name(cluster) + ": the Secret of role " + role.path("name").asText() + " names another user");
            }
        }
    }

    /**
     * Every Secret k8s/secrets.example.yaml shows is made in production by an ExternalSecret of its
     * type, with every key the example shows and none it does not: the example stays the list of
     * what to put in the store.
     */
    @Test
    void everyKeyOfTheExampleIsMappedByAnExternalSecretOfProduction() throws Exception {
        Map<String, SecretSources.Made> made = SecretSources.made(render("prod"));
        Map<String, SecretSources.Example> examples = SecretSources.examples();
        assertTrue(examples.size() >= 10, "k8s/secrets.example.yaml: its Secrets were not read " + examples.keySet());
        examples.forEach((secret, example) -> {
            SecretSources.Made source = made.get(secret);
            assertNotNull(source, "no ExternalSecret of prod makes " + secret + " of k8s/secrets.example.yaml");
            assertEquals(example.type(), source.type(), secret + ": the ExternalSecret makes another type of Secret");
            for (String key : example.values().keySet()) {
                assertTrue(source.makes(key), secret + "/" + key + " of k8s/secrets.example.yaml is mapped from no path of the store");
            }
            for (String key : source.keys()) {
                assertTrue(example.values().containsKey(key), secret + "/" + key + " is made in prod but not shown in k8s/secrets.example.yaml");
            }
            if (source.username() != null) {
                assertEquals(example.values().get("username"), source.username(), secret + ": another user than the example's");
            }
        });
    }

    /**
     * Production holds no Secret object (the example's placeholders could never be applied there by
     * mistake), and each ExternalSecret is refreshed, owns its Secret and keeps it when the store's
     * path disappears, through a SecretStore of its own namespace that is in the overlay.
     */
    @ParameterizedTest
    @ValueSource(strings = { "prod", "prod-restore" })
    void productionHoldsNoSecretObjectOnlyExternalSecretsOfItsStores(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);
        assertEquals(List.of(), ofKind(objects, "Secret").stream().map(KubernetesManifestsTest::name).toList(),
                overlay + ": a Secret object in the overlay");
        List<JsonNode> externalSecrets = ofKind(objects, "ExternalSecret");
        assertFalse(externalSecrets.isEmpty(), overlay + ": no ExternalSecret");
        for (JsonNode external : externalSecrets) {
            String namespace = external.path("metadata").path("namespace").asText();
            String where = namespace + "/" + name(external);
            JsonNode spec = external.path("spec");
            assertTrue(spec.path("refreshInterval").asText().matches("[1-9][0-9]*[mh]"), where + ": not refreshed");
            assertEquals("Owner", spec.path("target").path("creationPolicy").asText(), where + ": does not own its Secret");
            assertEquals("Retain", spec.path("target").path("deletionPolicy").asText(),
                    where + ": would delete its Secret when the store's path disappears");
            JsonNode store = spec.path("secretStoreRef");
            assertEquals("SecretStore", store.path("kind").asText(), where + ": not a store of its namespace");
            assertTrue(ofKind(objects, "SecretStore").stream().anyMatch(s -> store.path("name").asText().equals(name(s))
                    && namespace.equals(s.path("metadata").path("namespace").asText())),
                    where + ": its SecretStore " + store.path("name").asText() + " is not in the overlay");
        }
    }

    /**
     * A local cluster (dev) keeps the example's route: no operator needed, no store, no Secret in
     * the overlay; a filled-in copy of k8s/secrets.example.yaml is applied by hand.
     */
    @Test
    void theDevOverlayNeedsNoSecretStore() throws Exception {
        List<JsonNode> objects = render("dev");
        for (String kind : List.of("Secret", "ExternalSecret", "SecretStore", "ClusterSecretStore")) {
            assertEquals(List.of(), ofKind(objects, kind).stream().map(KubernetesManifestsTest::name).toList(), "dev: a " + kind);
        }
    }
}
