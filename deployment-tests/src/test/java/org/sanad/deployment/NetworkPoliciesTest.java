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
import java.util.Optional;
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
    /**
     * The peer that stands for the public edge: the pods Envoy Gateway runs for the Gateway sanad, in
     * its namespace, with the labels it gives them (and no other pod of that namespace).
     */
    static final String PROXIES = "{\"namespaceSelector\":{\"matchLabels\":{\"kubernetes.io/metadata.name\":\"envoy-gateway-system\"}},"
            + "\"podSelector\":{\"matchLabels\":{\"app.kubernetes.io/component\":\"proxy\",\"app.kubernetes.io/name\":\"envoy\","
            + "\"gateway.envoyproxy.io/owning-gateway-name\":\"sanad\",\"gateway.envoyproxy.io/owning-gateway-namespace\":\"sanad\"}}}";

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

    /**
     * Of Envoy Gateway's namespace only the proxies of the suite's Gateway reach any pod (not its
     * controller, not another Gateway's proxies), and the retired ingress-nginx's namespace no longer
     * reaches anything.
     */
    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "prod-restore" })
    void ofEnvoyGatewaysNamespaceOnlyTheSuitesGatewayProxiesReachAnyPod(String overlay) throws Exception {
        for (JsonNode policy : ofKind(render(overlay), "NetworkPolicy")) {
            String where = policy.path("metadata").path("namespace").asText() + "/" + name(policy);
            for (JsonNode rule : policy.path("spec").path("ingress")) {
                for (JsonNode peer : rule.path("from")) {
                    String namespace = peer.path("namespaceSelector").path("matchLabels").path("kubernetes.io/metadata.name").asText();
                    assertFalse("ingress-nginx".equals(namespace), where + ": still admits ingress-nginx " + rule);
                    if ("envoy-gateway-system".equals(namespace)) {
                        assertEquals(PROXIES, peer.toString(), where + ": admits more of envoy-gateway-system than the proxies of "
                                + "the Gateway sanad " + rule);
                    }
                }
            }
        }
    }

    /**
     * The proxies reach every backend a route sends to, on the port the route names, and no other
     * port of any pod: never a management port, never a service the edge does not route to.
     */
    @ParameterizedTest
    @ValueSource(strings = { "prod", "prod-restore" })
    void theGatewaysProxiesReachEveryRoutedBackendOnItsPortAndNothingElse(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);
        Set<String> routed = new TreeSet<>();
        for (PublicEdge.Route route : PublicEdge.of(objects).routes()) {
            routed.add(route.namespace() + "/" + podLabels(objects, route.namespace(), route.service()) + ":"
                    + targetPort(objects, route.namespace(), route.service(), route.port()));
        }
        Set<String> admitted = new TreeSet<>();
        for (JsonNode policy : ofKind(objects, "NetworkPolicy")) {
            for (JsonNode rule : policy.path("spec").path("ingress")) {
                for (JsonNode peer : rule.path("from")) {
                    if (PROXIES.equals(peer.toString())) {
                        rule.path("ports").forEach(port -> admitted.add(policy.path("metadata").path("namespace").asText() + "/"
                                + policy.path("spec").path("podSelector").path("matchLabels") + ":" + port.path("port").asText()));
                    }
                }
            }
        }
        assertEquals(routed, admitted, "the proxies are let in where the routes do not lead, or kept out of where they do");
    }

    /** The labels of a Service's pods (its selector); Keycloak's Service is the operator's, its pods labelled app=keycloak. */
    private static JsonNode podLabels(List<JsonNode> objects, String namespace, String service) {
        return service(objects, namespace, service).map(s -> s.path("spec").path("selector"))
                .orElseGet(() -> YAML.createObjectNode().put("app", "keycloak"));
    }

    /** The pod port a Service's port leads to: a named target port resolved in the pods' containers. */
    private static String targetPort(List<JsonNode> objects, String namespace, String service, int port) {
        JsonNode found = service(objects, namespace, service).orElse(null);
        if (found == null) {
            return String.valueOf(port);
        }
        for (JsonNode servicePort : found.path("spec").path("ports")) {
            if (servicePort.path("port").asInt() != port) {
                continue;
            }
            JsonNode target = servicePort.path("targetPort");
            if (target.isInt()) {
                return target.asText();
            }
            JsonNode selector = YAML.createObjectNode().set("matchLabels", found.path("spec").path("selector"));
            for (JsonNode deployment : ofKind(objects, "Deployment")) {
                JsonNode pod = deployment.path("spec").path("template");
                if (selects(selector, pod.path("metadata").path("labels"))) {
                    for (JsonNode container : pod.path("spec").path("containers")) {
                        for (JsonNode containerPort : container.path("ports")) {
                            if (target.asText().equals(containerPort.path("name").asText())) {
                                return containerPort.path("containerPort").asText();
                            }
                        }
                    }
                }
            }
            throw new AssertionError(service + ": target port " + target + " is no container's");
        }
        throw new AssertionError(service + " has no port " + port + ", which a route sends to");
    }

    private static Optional<JsonNode> service(List<JsonNode> objects, String namespace, String service) {
        return ofKind(objects, "Service").stream().filter(s -> service.equals(name(s))
                && namespace.equals(s.path("metadata").path("namespace").asText())).findFirst();
    }
}
