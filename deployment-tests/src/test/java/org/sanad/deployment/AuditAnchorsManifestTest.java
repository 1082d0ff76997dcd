package org.sanad.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.deployment.KubernetesManifestsTest.name;
import static org.sanad.deployment.KubernetesManifestsTest.ofKind;
import static org.sanad.deployment.KubernetesManifestsTest.render;
import static org.sanad.deployment.KubernetesManifestsTest.selects;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * In production every service anchors its audit chain's head outside its database
 * ({@code sanad.audit.anchor.*}, libs/audit): a real sink, signed with a key of its own Secret, into
 * a bucket it can reach or onto a volume of its own; and the migration Jobs, which run as the
 * database's owner, never hold the anchor key.
 */
class AuditAnchorsManifestTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** The variable of one key: the id after the prefix, as SmallRye Config reads it (lower-cased, "_" as "."). */
    private static final Pattern KEY = Pattern.compile("SANAD_AUDIT_ANCHOR_KEYS_([A-Z0-9]+)");

    @ParameterizedTest
    @ValueSource(strings = { "complaints-service", "cases-service", "referrals-service" })
    void eachServiceAnchorsInItsSinkSignedWithAKeyOfItsSecret(String service) throws Exception {
        List<JsonNode> objects = render("prod");
        JsonNode pod = workload(objects, "Deployment", service);
        JsonNode container = pod.path("containers").get(0);
        Map<String, String> env = values(container);
        String sink = env.get("SANAD_AUDIT_ANCHOR_SINK");
        boolean s3 = ServiceConfiguration.sharedModules(service).contains("evidence");
        assertEquals(s3 ? "s3" : "file", sink, service + ": the anchors' sink");

        String secret = service + "-audit-anchor";
        assertTrue(secretRefs(container).contains(secret), service + ": not given the Secret " + secret);
        Map<String, String> keys = exampleSecret(secret);
        String signing = keys.get("SANAD_AUDIT_ANCHOR_SIGNING_KEY_ID");
        assertTrue(signing != null && signing.matches("[a-z0-9]+"),
                secret + ": SANAD_AUDIT_ANCHOR_SIGNING_KEY_ID must be an id of lowercase letters and digits, is " + signing);
        List<String> ids = new ArrayList<>();
        keys.keySet().forEach(k -> {
            Matcher key = KEY.matcher(k);
            if (key.matches()) {
                ids.add(key.group(1).toLowerCase());
            } else {
                assertFalse(k.startsWith("SANAD_AUDIT_ANCHOR_KEYS_"), secret + ": " + k + " is read as another id than it says");
            }
        });
        assertTrue(ids.contains(signing), secret + ": no key SANAD_AUDIT_ANCHOR_KEYS_" + signing.toUpperCase() + " for the signing id");
        assertFalse(keys.containsKey("EVIDENCE_STORE") || keys.containsKey("SANAD_EVIDENCE_STORE_KIND")
                || env.containsKey("EVIDENCE_STORE") || env.containsKey("SANAD_EVIDENCE_STORE_KIND"),
                service + ": the anchors' object store must not move the evidence out of its database");

        if (s3) {
            assertFalse(env.getOrDefault("SANAD_AUDIT_ANCHOR_S3_BUCKET", "").isBlank(), service + ": no anchor bucket");
            assertTrue(keys.containsKey("SANAD_EVIDENCE_STORE_S3_ACCESS_KEY_ID") && keys.containsKey("SANAD_EVIDENCE_STORE_S3_SECRET_ACCESS_KEY"),
                    secret + ": no credentials for the anchor bucket");
            assertTrue(reachesTheObjectStore(objects, service), service + ": no egress to the object store on 443");
        } else {
            String directory = env.get("SANAD_AUDIT_ANCHOR_DIRECTORY");
            JsonNode mount = null;
            for (JsonNode m : container.path("volumeMounts")) {
                if (m.path("mountPath").asText().equals(directory)) {
                    mount = m;
                }
            }
            assertTrue(mount != null && !mount.path("readOnly").asBoolean(false),
                    service + ": SANAD_AUDIT_ANCHOR_DIRECTORY " + directory + " is not a writable volume of its container");
            String volume = mount.path("name").asText();
            String claim = null;
            for (JsonNode v : pod.path("volumes")) {
                if (v.path("name").asText().equals(volume)) {
                    claim = v.path("persistentVolumeClaim").path("claimName").asText(null);
                }
            }
            assertTrue(claim != null, service + ": the anchors' volume " + volume + " is not a persistent volume claim");
            String claimName = claim;
            JsonNode pvc = ofKind(objects, "PersistentVolumeClaim").stream().filter(c -> claimName.equals(name(c))).findFirst()
                    .orElseThrow(() -> new AssertionError(service + ": the claim " + claimName + " is not in the overlay"));
            List<String> modes = new ArrayList<>();
            pvc.path("spec").path("accessModes").forEach(m -> modes.add(m.asText()));
            assertEquals(List.of("ReadWriteMany"), modes,
                    claimName + ": every replica writes anchors, so the claim must be ReadWriteMany");
            assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean()
                    && container.path("securityContext").path("readOnlyRootFilesystem").asBoolean(),
                    service + ": the anchors' volume must not cost the pod its restrictions");
            // the volume is the service's alone: no other pod and no database cluster mounts or names it
            for (JsonNode object : objects) {
                if (!(object.path("kind").asText().equals("Deployment") && name(object).equals(service))
                        && !object.path("kind").asText().equals("PersistentVolumeClaim")) {
                    assertFalse(object.toString().contains("\"" + claimName + "\""),
                            object.path("kind").asText() + " " + name(object) + " mounts or names " + claimName);
                }
            }
        }
    }

    /** The keys' variables do not end in _KEY, which KubernetesManifestsTest keeps out of ConfigMaps: this does. */
    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod" })
    void noAnchorKeyIsInAConfigMapOrAValue(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);
        for (JsonNode configMap : ofKind(objects, "ConfigMap")) {
            configMap.path("data").properties().forEach(e -> assertFalse(e.getKey().startsWith("SANAD_AUDIT_ANCHOR_KEYS"),
                    "ConfigMap " + name(configMap) + " holds the audit anchor key " + e.getKey()));
        }
        for (JsonNode workload : objects) {
            for (JsonNode container : workload.path("spec").path("template").path("spec").path("containers")) {
                container.path("env").forEach(e -> assertFalse(e.path("name").asText().startsWith("SANAD_AUDIT_ANCHOR_KEYS") && e.has("value"),
                        name(workload) + ": the audit anchor key " + e.path("name").asText() + " as a value, not from its Secret"));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "complaints-service", "cases-service", "referrals-service" })
    void theMigrationJobHoldsNoAnchorKey(String service) throws Exception {
        JsonNode container = workload(render("prod"), "Job", service + "-migrate").path("containers").get(0);
        assertFalse(container.toString().contains("audit-anchor"), service + "-migrate: given the audit anchor Secret");
        assertFalse(container.toString().contains("SANAD_AUDIT_ANCHOR"), service + "-migrate: given audit anchor settings");
    }

    private static JsonNode workload(List<JsonNode> objects, String kind, String name) {
        return ofKind(objects, kind).stream().filter(o -> name.equals(name(o))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name)).path("spec").path("template").path("spec");
    }

    private static Map<String, String> values(JsonNode container) {
        Map<String, String> values = new HashMap<>();
        container.path("env").forEach(e -> values.put(e.path("name").asText(), e.path("value").asText(null)));
        return values;
    }

    private static List<String> secretRefs(JsonNode container) {
        List<String> names = new ArrayList<>();
        container.path("envFrom").forEach(f -> {
            if (f.has("secretRef")) {
                names.add(f.path("secretRef").path("name").asText());
            }
        });
        return names;
    }

    /** The keys k8s/secrets.example.yaml shows for a Secret. */
    private static Map<String, String> exampleSecret(String secret) throws IOException {
        Map<String, String> keys = new HashMap<>();
        Iterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(Path.of("..", "k8s", "secrets.example.yaml").toFile());
        while (documents.hasNext()) {
            JsonNode document = documents.next();
            if (document != null && "Secret".equals(document.path("kind").asText()) && secret.equals(name(document))) {
                document.path("stringData").properties().forEach(e -> keys.put(e.getKey(), e.getValue().asText()));
                return keys;
            }
        }
        throw new AssertionError("k8s/secrets.example.yaml shows no Secret " + secret);
    }

    /** Whether a policy of the service's pods lets them reach cluster-egress.yaml's objectStore on 443. */
    private static boolean reachesTheObjectStore(List<JsonNode> objects, String service) throws IOException {
        String objectStore = YAML.readTree(Path.of("..", "k8s", "overlays", "prod", "cluster-egress.yaml").toFile())
                .path("data").path("objectStore").asText();
        JsonNode labels = YAML.createObjectNode().put("app.kubernetes.io/name", service);
        for (JsonNode policy : ofKind(objects, "NetworkPolicy")) {
            if (!selects(policy.path("spec").path("podSelector"), labels)) {
                continue;
            }
            for (JsonNode rule : policy.path("spec").path("egress")) {
                boolean toStore = false;
                for (JsonNode peer : rule.path("to")) {
                    toStore |= objectStore.equals(peer.path("ipBlock").path("cidr").asText());
                }
                for (JsonNode port : rule.path("ports")) {
                    if (toStore && port.path("port").asInt() == 443) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
