package org.sanad.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

/**
 * What every overlay of k8s/ must keep, rendered as {@code kubectl kustomize} renders it: an
 * edit that drops a security setting, a probe, a limit, a network policy, a disruption budget
 * or an autoscaler of any workload fails the build; and the prod overlay supplies every
 * variable the services need in the prod profile, secrets only from Secrets.
 */
class KubernetesManifestsTest {

    private static final Path K8S = Path.of("..", "k8s");
    private static final List<String> SERVICES = List.of("complaints-service", "cases-service", "referrals-service");
    /** Every Deployment of the suite: the services, and the citizen portal and the officer console, which have no database. */
    static final List<String> WORKLOADS = List.of("complaints-service", "cases-service", "referrals-service", "citizen-web",
            "officer-web");
    private static final Set<String> NAMESPACES = new TreeSet<>(List.of("sanad", "keycloak"));
    /** The kinds that live in no namespace: the suite's own, and the prod edge's class of Gateway. */
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "GatewayClass");
    /** Variables that are secrets whatever their name says otherwise. */
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|_KEY)$");

    static List<JsonNode> render(String overlay) throws IOException, InterruptedException {
        Process kubectl;
        try {
            kubectl = new ProcessBuilder("kubectl", "kustomize", K8S.resolve("overlays").resolve(overlay).toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            fail("kubectl (with kustomize) is needed to render k8s/: " + e.getMessage());
            throw e;
        }
        String yaml = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, kubectl.waitFor(), "kubectl kustomize " + overlay + " failed:\n" + yaml);
        YAMLFactory factory = new YAMLFactory();
        ObjectReader reader = new ObjectMapper(factory).readerFor(JsonNode.class);
        List<JsonNode> objects = new ArrayList<>();
        try (YAMLParser parser = factory.createParser(yaml)) {
            Iterator<JsonNode> documents = reader.readValues(parser);
            documents.forEachRemaining(document -> {
                if (document != null && !document.isEmpty()) {
                    objects.add(document);
                }
            });
        }
        return objects;
    }

    static List<JsonNode> ofKind(List<JsonNode> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    /** The object of that kind and name, which the overlay must have. */
    static JsonNode named(List<JsonNode> objects, String kind, String name) {
        return ofKind(objects, kind).stream().filter(o -> name.equals(name(o))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    /**
     * Every object of the overlay against the Kubernetes API schemas (kubernetes-models 5.1) and
     * the CRD schemas it uses (CloudNativePG, Prometheus operator, Gateway API, Envoy Gateway), offline: k8s/validate, whose
     * npm packages are installed on first use ({@code npm ci}, from its lock file).
     */
    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "prod-restore" })
    void everyObjectMatchesItsApiSchema(String overlay) throws Exception {
        Path validator = K8S.resolve("validate");
        if (!Files.isDirectory(validator.resolve("node_modules"))) {
            run(validator, "npm", "ci", "--no-audit", "--no-fund");
        }
        Path rendered = Files.createTempFile("sanad-" + overlay, ".yaml");
        try {
            Process kubectl = new ProcessBuilder("kubectl", "kustomize", K8S.resolve("overlays").resolve(overlay).toString())
                    .redirectOutput(rendered.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            assertEquals(0, kubectl.waitFor(), "kubectl kustomize " + overlay);
            String report = run(validator, "node", "validate.mjs", rendered.toAbsolutePath().toString());
            assertTrue(report.contains(" 0 invalid"), report);
        } finally {
            Files.deleteIfExists(rendered);
        }
    }

    /** Runs a command in {@code directory}; answers its output, failing the test if it fails. */
    private static String run(Path directory, String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            fail(command[0] + " is needed to validate k8s/ (Node 20 and npm): " + e.getMessage());
            throw e;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + " failed:\n" + output);
        return output;
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "prod-restore" })
    void everyWorkloadRunsRestrictedProbedAndBounded(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);
        List<JsonNode> namespaces = ofKind(objects, "Namespace");
        assertEquals(NAMESPACES, new TreeSet<>(namespaces.stream().map(KubernetesManifestsTest::name).toList()));
        for (JsonNode namespace : namespaces) {
            assertEquals("restricted", namespace.path("metadata").path("labels").path("pod-security.kubernetes.io/enforce").asText(),
                    name(namespace) + ": not restricted");
        }
        for (JsonNode object : objects) {
            if (!CLUSTER_SCOPED.contains(object.path("kind").asText())) {
                assertTrue(NAMESPACES.contains(object.path("metadata").path("namespace").asText()),
                        object.path("kind").asText() + " " + name(object) + ": in no namespace of the suite's");
            }
        }
        JsonNode keycloak = ofKind(objects, "Keycloak").get(0).path("spec");
        JsonNode keycloakPod = keycloak.path("unsupported").path("podTemplate").path("spec");
        assertFalse(keycloakPod.path("automountServiceAccountToken").asBoolean(true), "keycloak: service-account token mounted");
        assertTrue(keycloakPod.path("securityContext").path("runAsNonRoot").asBoolean(), "keycloak: may run as root");
        assertEquals("RuntimeDefault", keycloakPod.path("securityContext").path("seccompProfile").path("type").asText());
        JsonNode keycloakContainer = keycloakPod.path("containers").get(0).path("securityContext");
        assertFalse(keycloakContainer.path("allowPrivilegeEscalation").asBoolean(true), "keycloak: privilege escalation");
        assertEquals("[\"ALL\"]", keycloakContainer.path("capabilities").path("drop").toString(), "keycloak: capabilities kept");
        for (String bound : List.of("requests", "limits")) {
            assertFalse(keycloak.path("resources").path(bound).path("memory").isMissingNode(), "keycloak: no memory " + bound);
        }
        assertTrue(keycloak.path("scheduling").path("topologySpreadConstraints").size() >= 2, "keycloak: not spread");
        assertTrue(keycloak.path("hostname").path("hostname").asText().startsWith("https://"), "keycloak: issuer not on HTTPS");
        assertFalse(keycloak.path("ingress").path("enabled").asBoolean(true), "keycloak: the operator's Ingress exposes /admin");
        List<JsonNode> deployments = ofKind(objects, "Deployment");
        assertEquals(new TreeSet<>(WORKLOADS), new TreeSet<>(deployments.stream().map(KubernetesManifestsTest::name).toList()));
        for (JsonNode deployment : deployments) {
            String name = name(deployment);
            assertEquals("sanad", deployment.path("metadata").path("namespace").asText(), name);
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            assertFalse(pod.path("automountServiceAccountToken").asBoolean(true), name + ": service-account token mounted");
            assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean(), name + ": may run as root");
            assertEquals("RuntimeDefault", pod.path("securityContext").path("seccompProfile").path("type").asText(), name);
            assertEquals(0, deployment.path("spec").path("strategy").path("rollingUpdate").path("maxUnavailable").asInt(-1), name);
            assertTrue(pod.path("terminationGracePeriodSeconds").asInt() >= 35, name + ": no time for a graceful shutdown");
            assertTrue(pod.path("topologySpreadConstraints").size() >= 2, name + ": not spread across nodes and zones");
            Set<String> emptyDirs = new HashSet<>();
            pod.path("volumes").forEach(v -> {
                if (v.has("emptyDir")) {
                    emptyDirs.add(v.path("name").asText());
                }
            });
            for (JsonNode container : pod.path("containers")) {
                String where = name + "/" + container.path("name").asText();
                JsonNode security = container.path("securityContext");
                assertFalse(security.path("allowPrivilegeEscalation").asBoolean(true), where + ": privilege escalation");
                assertTrue(security.path("readOnlyRootFilesystem").asBoolean(), where + ": writable root filesystem");
                assertEquals("[\"ALL\"]", security.path("capabilities").path("drop").toString(), where + ": capabilities kept");
                for (String bound : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        assertFalse(container.path("resources").path(bound).path(resource).isMissingNode(),
                                where + ": no " + resource + " " + bound);
                    }
                }
                for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                    assertEquals("management", container.path(probe).path("httpGet").path("port").asText(),
                            where + ": " + probe + " missing or not on the management port");
                }
                boolean tmp = false;
                for (JsonNode mount : container.path("volumeMounts")) {
                    tmp |= "/tmp".equals(mount.path("mountPath").asText()) && emptyDirs.contains(mount.path("name").asText());
                }
                assertTrue(tmp, where + ": no writable /tmp for Quarkus");
                assertTrue(container.path("image").asText().contains(":"), where + ": image without a tag");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "prod-restore" })
    void everyWorkloadHasItsNetworkPolicyDisruptionBudgetAutoscalerAndServiceMonitor(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);
        List<JsonNode> policies = ofKind(objects, "NetworkPolicy");
        for (String namespace : NAMESPACES) {
            assertTrue(policies.stream().anyMatch(p -> namespace.equals(p.path("metadata").path("namespace").asText())
                    && p.path("spec").path("podSelector").isEmpty()
                    && p.path("spec").path("policyTypes").toString().contains("Ingress")
                    && p.path("spec").path("policyTypes").toString().contains("Egress")
                    && p.path("spec").path("ingress").isMissingNode() && p.path("spec").path("egress").isMissingNode()),
                    namespace + ": no default-deny policy");
        }
        assertTrue(policies.stream().anyMatch(p -> "keycloak".equals(p.path("metadata").path("namespace").asText())
                && "keycloak".equals(p.path("spec").path("podSelector").path("matchLabels").path("app").asText())),
                "keycloak: no network policy of its own");
        for (JsonNode deployment : ofKind(objects, "Deployment")) {
            String name = name(deployment);
            JsonNode labels = deployment.path("spec").path("template").path("metadata").path("labels");
            assertTrue(policies.stream().anyMatch(p -> ownPolicy(p, labels)), name + ": no network policy of its own");
            assertTrue(ofKind(objects, "PodDisruptionBudget").stream()
                    .anyMatch(b -> selects(b.path("spec").path("selector"), labels)), name + ": no disruption budget");
            assertTrue(ofKind(objects, "HorizontalPodAutoscaler").stream()
                    .anyMatch(h -> name.equals(h.path("spec").path("scaleTargetRef").path("name").asText())), name + ": no autoscaler");
            assertTrue(ofKind(objects, "ServiceMonitor").stream()
                    .anyMatch(m -> selects(m.path("spec").path("selector"), labels)
                            && m.path("spec").path("endpoints").toString().contains("\"port\":\"management\"")),
                    name + ": no ServiceMonitor scraping its management port");
        }
    }

    /** Whether a label selector (matchLabels and matchExpressions, as Kubernetes reads them) selects these labels. */
    static boolean selects(JsonNode selector, JsonNode labels) {
        for (Map.Entry<String, JsonNode> label : selector.path("matchLabels").properties()) {
            if (!label.getValue().asText().equals(labels.path(label.getKey()).asText(null))) {
                return false;
            }
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            String value = labels.path(expression.path("key").asText()).asText(null);
            Set<String> values = new HashSet<>();
            expression.path("values").forEach(v -> values.add(v.asText()));
            boolean matches = switch (expression.path("operator").asText()) {
                case "In" -> values.contains(value);
                // as in Kubernetes: a pod without the label is not in the set
                case "NotIn" -> !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new AssertionError("not a label selector operator: " + expression);
            };
            if (!matches) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a NetworkPolicy is written for these pods: it names them by their labels, rather than
     * taking every pod of the namespace (default-deny) or every pod but some (allow-dns).
     */
    static boolean ownPolicy(JsonNode policy, JsonNode labels) {
        JsonNode selector = policy.path("spec").path("podSelector");
        return !selector.path("matchLabels").isEmpty() && selects(selector, labels);
    }

    /**
     * Behind the gateway the per-source rate limits must count each client, not the proxy pod:
     * forwarded addresses on, believed only from a named range, never from everyone.
     */
    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "prod-restore" })
    void everyServiceBelievesForwardedAddressesOnlyFromTheGatewaysRange(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);
        for (String service : SERVICES) {
            JsonNode data = ofKind(objects, "ConfigMap").stream().filter(c -> (service + "-config").equals(name(c)))
                    .findFirst().orElseThrow(() -> new AssertionError(overlay + ": no ConfigMap " + service + "-config"))
                    .path("data");
            assertEquals("true", data.path("HTTP_PROXY_ADDRESS_FORWARDING").asText(), overlay + ": " + service
                    + " counts the proxy's address, not its clients'");
            String trusted = data.path("HTTP_TRUSTED_PROXIES").asText();
            assertFalse(trusted.isBlank(), overlay + ": " + service + " names no trusted proxy");
            for (String range : trusted.split(",")) {
                assertFalse(range.strip().endsWith("/0"), overlay + ": " + service + " trusts every address (" + range + ")");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "complaints-service", "cases-service", "referrals-service" })
    void theProdOverlaySuppliesEveryVariableTheProdProfileNeedsAndSecretsOnlyFromSecrets(String service) throws Exception {
        Map<String, Set<String>> required = requiredInProduction(service);
        List<JsonNode> objects = render("prod");
        JsonNode deployment = ofKind(objects, "Deployment").stream().filter(d -> service.equals(name(d))).findFirst()
                .orElseThrow();
        JsonNode container = deployment.path("spec").path("template").path("spec").path("containers").get(0);
        Environment environment = Environment.of(container, objects, service);
        // Flyway is off in the service's pods (the Job migrates): what only Flyway reads is not theirs to have
        boolean migrates = !"false".equals(environment.values().get("QUARKUS_FLYWAY_ACTIVE"));
        for (Map.Entry<String, Set<String>> variable : required.entrySet()) {
            if (!migrates && variable.getValue().stream().allMatch(p -> p.startsWith("quarkus.flyway."))) {
                continue;
            }
            environment.assertSupplies(variable.getKey());
        }
        JsonNode job = ofKind(objects, "Job").stream().filter(j -> (service + "-migrate").equals(name(j))).findFirst()
                .orElseThrow(() -> new AssertionError(service + ": no migration Job"));
        Environment migration = Environment.of(job.path("spec").path("template").path("spec").path("containers").get(0),
                objects, service + "-migrate");
        required.forEach((variable, properties) -> {
            if (properties.stream().anyMatch(p -> p.startsWith("quarkus.flyway."))) {
                migration.assertSupplies(variable);
            }
        });
    }

    /** The variables a container is given (its ConfigMaps' keys and its own), and which of them come from Secrets. */
    private record Environment(String where, Map<String, String> values, Set<String> fromSecrets) {

        static Environment of(JsonNode container, List<JsonNode> objects, String where) {
            Map<String, String> values = new HashMap<>();
            Set<String> fromSecrets = new HashSet<>();
            for (JsonNode from : container.path("envFrom")) {
                if (from.has("secretRef")) {
                    // a whole Secret (the audit anchors' keys, AuditAnchorsManifestTest): its names are the operator's
                    continue;
                }
                String configMap = from.path("configMapRef").path("name").asText();
                JsonNode data = ofKind(objects, "ConfigMap").stream().filter(c -> configMap.equals(name(c))).findFirst()
                        .orElseThrow(() -> new AssertionError(where + ": ConfigMap " + configMap + " is not in the overlay"))
                        .path("data");
                for (Map.Entry<String, JsonNode> entry : data.properties()) {
                    assertFalse(SECRET_NAME.matcher(entry.getKey()).matches(),
                            where + ": secret " + entry.getKey() + " in ConfigMap " + configMap);
                    values.put(entry.getKey(), entry.getValue().asText());
                }
                assertEquals("prod", data.path("QUARKUS_PROFILE").asText(), where + ": not the prod profile");
            }
            container.path("env").forEach(e -> {
                values.put(e.path("name").asText(), e.path("value").asText(null));
                if (e.path("valueFrom").has("secretKeyRef")) {
                    fromSecrets.add(e.path("name").asText());
                }
            });
            return new Environment(where, values, fromSecrets);
        }

        void assertSupplies(String variable) {
            assertTrue(values.containsKey(variable), where + ": the prod profile needs " + variable + ", the overlay lacks it");
            if (SECRET_NAME.matcher(variable).matches()) {
                assertTrue(fromSecrets.contains(variable), where + ": " + variable + " must come from a Secret");
            }
        }
    }

    @Test
    void theProdRealmSendsLoginsOnlyToTheProductionApps() throws Exception {
        JsonNode realm = ofKind(render("prod"), "KeycloakRealmImport").get(0).path("spec").path("realm");
        for (JsonNode client : realm.path("clients")) {
            String uris = client.path("redirectUris").toString() + client.path("webOrigins")
                    + client.path("attributes").path("post.logout.redirect.uris");
            assertFalse(uris.contains("localhost"), client.path("clientId").asText() + ": a local address in production: " + uris);
            assertFalse(uris.contains("http:"), client.path("clientId").asText() + ": a plain-HTTP address in production: " + uris);
        }
    }

    /**
     * Variables ({@code ${NAME}} without a default) the prod profile reads, each with the properties
     * that read it: the shared modules' files, then the service's.
     */
    private static Map<String, Set<String>> requiredInProduction(String service) throws IOException {
        Map<String, Set<String>> required = new TreeMap<>();
        Pattern variable = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");
        for (Path file : ServiceConfiguration.files(service)) {
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            }
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith("%") && !key.startsWith("%prod.")) {
                    continue;
                }
                Matcher found = variable.matcher(properties.getProperty(key));
                while (found.find()) {
                    required.computeIfAbsent(found.group(1), v -> new TreeSet<>()).add(key.replaceFirst("^%prod\\.", ""));
                }
            }
        }
        assertFalse(required.isEmpty());
        return required;
    }
}
