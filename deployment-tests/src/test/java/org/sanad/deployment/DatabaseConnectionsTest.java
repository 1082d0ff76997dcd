package org.sanad.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.deployment.KubernetesManifestsTest.name;
import static org.sanad.deployment.KubernetesManifestsTest.named;
import static org.sanad.deployment.KubernetesManifestsTest.ofKind;
import static org.sanad.deployment.KubernetesManifestsTest.ownPolicy;
import static org.sanad.deployment.KubernetesManifestsTest.render;
import static org.sanad.deployment.KubernetesManifestsTest.selects;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How the services reach their databases in every overlay of k8s/: the schema is migrated by a Job
 * of its own, so no service pod holds the schema owner's password; connections go through a
 * PgBouncer pooler that the autoscalers cannot overrun and that cannot overrun PostgreSQL; and the
 * database's and Keycloak's certificates are verified against their CAs.
 */
class DatabaseConnectionsTest {

    private static final List<String> SERVICES = List.of("complaints-service", "cases-service", "referrals-service");

    /**
     * Connections to each PostgreSQL besides its pooler's: superuser_reserved_connections (3), the
     * migration Job (Flyway's and its pool's, at most 5), the operator's and the metrics exporter's,
     * and people with psql.
     */
    private static final int RESERVED_CONNECTIONS = 20;

    private static String database(String service) {
        return service.replace("-service", "-db");
    }

    private static JsonNode podOf(JsonNode workload) {
        return workload.path("spec").path("template").path("spec");
    }

    /** Every container of a pod, init containers included. */
    private static List<JsonNode> containersOf(JsonNode pod) {
        List<JsonNode> containers = new ArrayList<>();
        pod.path("initContainers").forEach(containers::add);
        pod.path("containers").forEach(containers::add);
        return containers;
    }

    /** A container's variables with a literal value, its ConfigMaps' first and its own over them. */
    private static Map<String, String> variables(JsonNode container, List<JsonNode> objects) {
        Map<String, String> values = new HashMap<>();
        for (JsonNode from : container.path("envFrom")) {
            if (from.has("configMapRef")) {
                named(objects, "ConfigMap", from.path("configMapRef").path("name").asText()).path("data").properties()
                        .forEach(e -> values.put(e.getKey(), e.getValue().asText()));
            }
        }
        container.path("env").forEach(e -> values.put(e.path("name").asText(), e.path("value").asText(null)));
        return values;
    }

    private static String secretOf(JsonNode container, String variable) {
        for (JsonNode e : container.path("env")) {
            if (variable.equals(e.path("name").asText())) {
                return e.path("valueFrom").path("secretKeyRef").path("name").asText(null);
            }
        }
        return null;
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "prod-restore" })
    void noServicePodHoldsTheSchemaOwnersPasswordAJobOfItsOwnMigratesAsTheOwner(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);
        // every workload, the citizen portal and the officer console (which have no database) included
        for (JsonNode deployment : ofKind(objects, "Deployment")) {
            for (JsonNode container : containersOf(podOf(deployment))) {
                String where = name(deployment) + "/" + container.path("name").asText();
                container.path("env").forEach(e -> {
                    assertFalse("DB_MIGRATION_PASSWORD".equals(e.path("name").asText()), where + ": holds DB_MIGRATION_PASSWORD");
                    assertFalse(e.path("valueFrom").path("secretKeyRef").path("name").asText().endsWith("-owner"),
                            where + ": reads a database owner's Secret into " + e.path("name").asText());
                });
                container.path("envFrom").forEach(from -> assertFalse(from.path("secretRef").path("name").asText().endsWith("-owner"),
                        where + ": takes a database owner's Secret"));
            }
            podOf(deployment).path("volumes").forEach(v -> assertFalse(v.path("secret").path("secretName").asText().endsWith("-owner"),
                    name(deployment) + ": mounts a database owner's Secret"));
        }
        for (String service : SERVICES) {
            JsonNode deployment = named(objects, "Deployment", service);
            String owner = database(service) + "-owner";
            for (JsonNode container : containersOf(podOf(deployment))) {
                assertEquals("false", variables(container, objects).get("QUARKUS_FLYWAY_ACTIVE"), service + "/"
                        + container.path("name").asText() + ": Flyway is not off, so the pod would need the owner's password");
            }

            JsonNode job = named(objects, "Job", service + "-migrate");
            JsonNode jobPod = podOf(job);
            JsonNode migrate = jobPod.path("containers").get(0);
            String where = name(job);
            assertEquals(deployment.path("spec").path("template").path("spec").path("containers").get(0).path("image").asText(),
                    migrate.path("image").asText(), where + ": not the release the Deployment runs");
            Map<String, String> variables = variables(migrate, objects);
            assertEquals("true", variables.get("QUARKUS_INIT_AND_EXIT"), where + ": does not exit once migrated");
            assertFalse("false".equals(variables.get("QUARKUS_FLYWAY_ACTIVE")), where + ": Flyway is off");
            assertEquals(owner, secretOf(migrate, "DB_MIGRATION_PASSWORD"), where + ": not the owner's password");
            assertEquals(database(service) + "-rw", variables.get("DB_HOST"),
                    where + ": Flyway's session lock needs the primary itself, not the transaction pooler");
            assertEquals("Never", jobPod.path("restartPolicy").asText(), where);
            assertFalse(jobPod.path("automountServiceAccountToken").asBoolean(true), where + ": service-account token mounted");
            assertTrue(jobPod.path("securityContext").path("runAsNonRoot").asBoolean(), where + ": may run as root");
            assertEquals("RuntimeDefault", jobPod.path("securityContext").path("seccompProfile").path("type").asText(), where);
            JsonNode security = migrate.path("securityContext");
            assertFalse(security.path("allowPrivilegeEscalation").asBoolean(true), where + ": privilege escalation");
            assertTrue(security.path("readOnlyRootFilesystem").asBoolean(), where + ": writable root filesystem");
            assertEquals("[\"ALL\"]", security.path("capabilities").path("drop").toString(), where + ": capabilities kept");
            assertFalse(migrate.path("resources").path("limits").path("memory").isMissingNode(), where + ": no memory limit");
            assertTrue(job.path("spec").path("activeDeadlineSeconds").asInt() > 0, where + ": may run for ever");
            // never an endpoint of the service, and held by a policy of its own
            JsonNode labels = job.path("spec").path("template").path("metadata").path("labels");
            JsonNode serviceSelector = named(objects, "Service", service).path("spec").path("selector");
            assertFalse(selects(wrap(serviceSelector), labels), where + ": its pod would receive the service's traffic");
            assertTrue(ofKind(objects, "NetworkPolicy").stream().anyMatch(p -> ownPolicy(p, labels)),
                    where + ": no network policy of its own");
        }
    }

    /** A Service's selector as a label selector. */
    private static JsonNode wrap(JsonNode selector) {
        return new ObjectMapper().createObjectNode().set("matchLabels", selector);
    }

    /**
     * Per database (each service has its own): the service at its autoscaler's maximum, plus the
     * rolling update's extra pod, each with a full pool, fits the pooler's client connections; and
     * the pooler's connections to PostgreSQL, with the reserve, fit PostgreSQL's max_connections.
     */
    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "prod-restore" })
    void theConnectionsTheAutoscalersAllowFitThePoolerAndThePoolerFitsPostgresql(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);
        for (String service : SERVICES) {
            String database = database(service);
            JsonNode deployment = named(objects, "Deployment", service);
            JsonNode container = podOf(deployment).path("containers").get(0);
            Map<String, String> variables = variables(container, objects);
            JsonNode pooler = ofKind(objects, "Pooler").stream()
                    .filter(p -> name(p).equals(variables.get("DB_HOST"))).findFirst()
                    .orElseThrow(() -> new AssertionError(service + ": DB_HOST " + variables.get("DB_HOST") + " is no Pooler"));
            assertEquals(database, pooler.path("spec").path("cluster").path("name").asText(), service + ": another database's pooler");
            assertEquals("rw", pooler.path("spec").path("type").asText(), service + ": its pooler is not the primary's");
            JsonNode pgbouncer = pooler.path("spec").path("pgbouncer");
            JsonNode parameters = pgbouncer.path("parameters");
            if ("transaction".equals(pgbouncer.path("poolMode").asText())) {
                assertTrue(variables.get("DB_PARAMETERS").contains("prepareThreshold=0"),
                        service + ": server-side prepared statements through a transaction pooler");
            }

            Properties configuration = ServiceConfiguration.of(service);
            int pool = Integer.parseInt(configuration.getProperty("quarkus.datasource.jdbc.max-size"));
            int maxReplicas = ofKind(objects, "HorizontalPodAutoscaler").stream()
                    .filter(h -> service.equals(h.path("spec").path("scaleTargetRef").path("name").asText())).findFirst()
                    .orElseThrow().path("spec").path("maxReplicas").asInt();
            int surge = deployment.path("spec").path("strategy").path("rollingUpdate").path("maxSurge").asInt(0);
            int poolers = pooler.path("spec").path("instances").asInt(1);
            int clients = (maxReplicas + surge) * pool;
            int clientLimit = poolers * Integer.parseInt(parameters.path("max_client_conn").asText("100"));
            assertTrue(clients <= clientLimit, service + ": " + (maxReplicas + surge) + " pods x " + pool + " connections = " + clients
                    + ", more than its pooler's " + clientLimit);

            int perPooler = Math.min(Integer.parseInt(parameters.path("default_pool_size").asText("20")),
                    Integer.parseInt(parameters.path("max_db_connections").asText("0")) == 0 ? Integer.MAX_VALUE
                            : Integer.parseInt(parameters.path("max_db_connections").asText()));
            String maxConnections = named(objects, "Cluster", database).path("spec").path("postgresql").path("parameters")
                    .path("max_connections").asText("100");
            int serverConnections = poolers * perPooler;
            assertTrue(serverConnections + RESERVED_CONNECTIONS <= Integer.parseInt(maxConnections),
                    database + ": its pooler opens up to " + serverConnections + " connections, with " + RESERVED_CONNECTIONS
                            + " reserved more than max_connections " + maxConnections);
            assertTrue(Integer.parseInt(parameters.path("query_wait_timeout").asText("120")) <= 30,
                    database + ": a client waits minutes for a server connection instead of being refused");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "prod-restore" })
    void everyServiceVerifiesTheCertificatesOfItsDatabaseAndOfKeycloak(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);
        for (String service : SERVICES) {
            Properties configuration = ServiceConfiguration.of(service);
            assertTrue(configuration.getProperty("quarkus.datasource.jdbc.url").endsWith("?${DB_PARAMETERS:sslmode=prefer}"),
                    service + ": the JDBC URL does not take DB_PARAMETERS");
            assertTrue(configuration.getProperty("quarkus.tls.trust-all") == null, service + ": trusts every certificate");
            assertTrue(configuration.getProperty("quarkus.oidc.tls.verification") == null, service + ": OIDC's verification changed");

            String database = database(service);
            JsonNode cluster = named(objects, "Cluster", database);
            List<JsonNode> pods = List.of(podOf(named(objects, "Deployment", service)),
                    podOf(named(objects, "Job", service + "-migrate")));
            for (JsonNode pod : pods) {
                JsonNode container = pod.path("containers").get(0);
                String where = service + "/" + container.path("name").asText();
                Map<String, String> variables = variables(container, objects);
                Map<String, String> parameters = new HashMap<>();
                for (String parameter : variables.get("DB_PARAMETERS").split("&")) {
                    parameters.put(parameter.substring(0, parameter.indexOf('=')), parameter.substring(parameter.indexOf('=') + 1));
                }
                assertEquals("verify-full", parameters.get("sslmode"), where + ": the database's certificate is not verified");
                JsonNode databaseCa = mounted(pod, container, parameters.get("sslrootcert"));
                assertNotNull(databaseCa, where + ": sslrootcert " + parameters.get("sslrootcert") + " is in no mounted volume");
                assertEquals(database + "-ca", databaseCa.path("secret").path("secretName").asText(),
                        where + ": the database's CA is not CloudNativePG's of " + database);
                assertEquals("[{\"key\":\"ca.crt\",\"path\":\"ca.crt\"}]", databaseCa.path("secret").path("items").toString(),
                        where + ": more of " + database + "-ca than its certificate (the CA's key) is mounted");
                String host = variables.get("DB_HOST");
                assertTrue(host.equals(database + "-rw")
                        || cluster.path("spec").path("certificates").path("serverAltDNSNames").toString().contains("\"" + host + "\""),
                        where + ": " + host + " is not a name in " + database + "'s server certificate");
            }
            JsonNode pod = pods.get(0);
            JsonNode container = pod.path("containers").get(0);
            Map<String, String> variables = variables(container, objects);
            assertTrue(variables.get("OIDC_URL").startsWith("https://"), service + ": Keycloak over plain HTTP");
            String tls = variables.get("QUARKUS_OIDC_TLS_TLS_CONFIGURATION_NAME");
            assertTrue(tls != null && tls.matches("[a-z]+"), service + ": OIDC uses no TLS configuration of its own");
            assertEquals(tls, variables.get("QUARKUS_OIDC_CLIENT_TLS_TLS_CONFIGURATION_NAME"),
                    service + ": the OIDC client trusts other CAs than OIDC");
            String prefix = "QUARKUS_TLS__" + tls.toUpperCase(Locale.ROOT) + "__";
            variables.keySet().stream().filter(v -> v.startsWith(prefix)).forEach(v -> assertTrue(
                    v.equals(prefix + "TRUST_STORE_PEM_CERTS"), service + ": " + v + " changes the TLS configuration " + tls));
            String caFile = variables.get(prefix + "TRUST_STORE_PEM_CERTS");
            JsonNode keycloakCa = mounted(pod, container, caFile);
            assertNotNull(keycloakCa, service + ": Keycloak's CA " + caFile + " is in no mounted volume");
            assertEquals("keycloak-ca", keycloakCa.path("configMap").path("name").asText(), service);
            assertEquals("[{\"key\":\"ca.crt\",\"path\":\"ca.crt\"}]", keycloakCa.path("configMap").path("items").toString(), service);
        }
    }

    /** The volume a file of the container is in, or null. */
    private static JsonNode mounted(JsonNode pod, JsonNode container, String file) {
        if (file == null) {
            return null;
        }
        for (JsonNode mount : container.path("volumeMounts")) {
            String directory = mount.path("mountPath").asText() + "/";
            if (file.startsWith(directory)) {
                for (JsonNode volume : pod.path("volumes")) {
                    if (mount.path("name").asText().equals(volume.path("name").asText())) {
                        boolean projected = volume.path("secret").path("items").toString()
                                .concat(volume.path("configMap").path("items").toString())
                                .contains("\"path\":\"" + file.substring(directory.length()) + "\"");
                        return projected ? volume : null;
                    }
                }
            }
        }
        return null;
    }
}
