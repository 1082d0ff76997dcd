package org.sanad.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.deployment.KubernetesManifestsTest.name;
import static org.sanad.deployment.KubernetesManifestsTest.ofKind;
import static org.sanad.deployment.KubernetesManifestsTest.ownPolicy;
import static org.sanad.deployment.KubernetesManifestsTest.render;
import static org.sanad.deployment.KubernetesManifestsTest.selects;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * What the NetworkPolicies of every overlay let out and in, beyond one policy per workload
 * (KubernetesManifestsTest): no pod may reach any address at all (beyond the pods, only the API server,
 * the object store and the push proxy, at the addresses the overlay gives), the databases reach the API
 * server and the object store only, and of the monitoring
 * namespace only the Prometheus servers reach the metrics and management ports.
 */
class NetworkPoliciesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** The overlay whose cluster-egress.yaml an overlay uses. */
    private static Path clusterEgress(String overlay) {
        String own = "prod-restore".equals(overlay) ? "prod" : overlay;
        return Path.of("..", "k8s", "overlays", own, "cluster-egress.yaml");
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "prod-restore" })
    void noPodReachesAnyAddressAndTheDatabasesReachOnlyTheApiServerAndTheObjectStoreBeyondThePods(String overlay)
            throws Exception {
        List<JsonNode> objects = render(overlay);
        JsonNode addresses = YAML.readTree(clusterEgress(overlay).toFile()).path("data");
        Set<String> outside = new TreeSet<>(List.of(addresses.path("apiServer").asText(), addresses.path("objectStore").asText(),
                addresses.path("pushProxy").asText()));
        for (JsonNode policy : ofKind(objects, "NetworkPolicy")) {
            String where = policy.path("metadata").path("namespace").asText() + "/" + name(policy);
            for (JsonNode rule : policy.path("spec").path("egress")) {
                assertFalse(rule.path("to").isEmpty(), where + ": an egress rule to any address " + rule);
                for (JsonNode peer : rule.path("to")) {
                    assertFalse(peer.isEmpty(), where + ": an egress rule to any address " + rule);
                    if (peer.has("ipBlock")) {
                        String cidr = peer.path("ipBlock").path("cidr").asText();
                        assertTrue(outside.contains(cidr),
                                where + ": reaches " + cidr + ", which is not an address of " + clusterEgress(overlay));
                    }
                }
            }
        }
        for (JsonNode cluster : ofKind(objects, "Cluster")) {
            String database = name(cluster);
            JsonNode labels = YAML.createObjectNode().put("cnpg.io/cluster", database);
            Set<String> reached = new TreeSet<>();
            for (JsonNode policy : ofKind(objects, "NetworkPolicy")) {
                if (selects(policy.path("spec").path("podSelector"), labels)) {
                    for (JsonNode rule : policy.path("spec").path("egress")) {
                        rule.path("to").forEach(peer -> {
                            if (peer.has("ipBlock")) {
                                rule.path("ports").forEach(port -> reached.add(peer.path("ipBlock").path("cidr").asText() + ":"
                                        + port.path("port").asText()));
                            }
                        });
                    }
                }
            }
            assertEquals(new TreeSet<>(List.of(addresses.path("apiServer").asText() + ":443",
                    addresses.path("apiServer").asText() + ":6443", addresses.path("objectStore").asText() + ":443")), reached,
                    database + ": beyond the cluster's pods it reaches more, or less, than the API server and the object store");
        }
        for (JsonNode pooler : ofKind(objects, "Pooler")) {
            JsonNode labels = YAML.createObjectNode().put("cnpg.io/poolerName", name(pooler));
            assertTrue(ofKind(objects, "NetworkPolicy").stream().anyMatch(p -> ownPolicy(p, labels)),
                    name(pooler) + ": no network policy of its own");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "prod-restore" })
    void ofTheMonitoringNamespaceOnlyThePrometheusServersReachAnyPod(String overlay) throws Exception {
        for (JsonNode policy : ofKind(render(overlay), "NetworkPolicy")) {
            String where = policy.path("metadata").path("namespace").asText() + "/" + name(policy);
            for (JsonNode rule : policy.path("spec").path("ingress")) {
                for (JsonNode peer : rule.path("from")) {
                    if ("monitoring".equals(peer.path("namespaceSelector").path("matchLabels")
                            .path("kubernetes.io/metadata.name").asText())) {
                        assertEquals("prometheus", peer.path("podSelector").path("matchLabels").path("app.kubernetes.io/name").asText(),
                                where + ": the whole monitoring namespace may connect " + rule);
                    }
                }
            }
        }
    }
}
