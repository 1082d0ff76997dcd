package org.sanad.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.deployment.KubernetesManifestsTest.name;
import static org.sanad.deployment.KubernetesManifestsTest.ofKind;
import static org.sanad.deployment.KubernetesManifestsTest.render;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The production edge (the Gateway sanad of Envoy Gateway, its HTTPRoutes and policies): TLS on
 * every host with its own certificate, plain HTTP only redirected; exactly the public paths routed,
 * each to the service whose contract has it, and nothing the contracts keep internal or the
 * operators' endpoints; every route bounded in body size, request rate and time; the client's
 * address, and only it, forwarded to the services.
 */
class PublicEdgeTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<String> SERVICES = List.of("complaints-service", "cases-service", "referrals-service");

    /** Every path the edge routes, host by host, no more, no less. */
    private static final Set<String> ROUTING = new TreeSet<>(List.of(
            "api.sanad.example PathPrefix /complaints -> complaints-service:8081",
            "api.sanad.example Exact /statistics/complaints -> complaints-service:8081",
            "api.sanad.example Exact /reference-data -> complaints-service:8081",
            "api.sanad.example PathPrefix /alerts -> complaints-service:8081",
            "api.sanad.example Exact /notifications/web-push-key -> complaints-service:8081",
            "api.sanad.example PathPrefix /anonymous-complaints -> complaints-service:8081",
            "api.sanad.example PathPrefix /tracking -> complaints-service:8081",
            "api.sanad.example PathPrefix /cases -> cases-service:8082",
            "api.sanad.example PathPrefix /identifiers -> cases-service:8082",
            "api.sanad.example Exact /statistics/cases -> cases-service:8082",
            "api.sanad.example Exact /officers -> cases-service:8082",
            "api.sanad.example PathPrefix /referrals -> referrals-service:8083",
            "api.sanad.example PathPrefix /courts -> referrals-service:8083",
            "api.sanad.example PathPrefix /statutes -> referrals-service:8083",
            "api.sanad.example Exact /statistics/referrals -> referrals-service:8083",
            "courts.sanad.example PathPrefix /court -> referrals-service:8083",
            "portal.sanad.example PathPrefix / -> citizen-web:8090",
            "console.sanad.example PathPrefix / -> officer-web:8095",
            "auth.sanad.example PathPrefix /realms/sanad/ -> keycloak-service:8443",
            "auth.sanad.example PathPrefix /resources/ -> keycloak-service:8443"));

    /** Each HTTPS listener's certificate: the Secret (namespace/name) its host has always had. */
    private static final Map<String, String> CERTIFICATES = Map.of(
            "api.sanad.example", "sanad/api-sanad-tls",
            "courts.sanad.example", "sanad/courts-sanad-tls",
            "portal.sanad.example", "sanad/portal-sanad-tls",
            "console.sanad.example", "sanad/console-sanad-tls",
            "auth.sanad.example", "keycloak/auth-sanad-tls");

    /** Paths no route may send to the services: their calls to each other and the operators' and auditors' endpoints. */
    private static final List<String> NEVER_ROUTED = List.of("/case-updates", "/complaint-deliveries",
            "/court-releases/evidence/1", "/referral-updates", "/audit-entries", "/audit-entries/verification", "/evidence-keys",
            "/evidence-keys/rotation", "/data-keys", "/data-keys/rotation", "/outbox/dead-events", "/outbox/dead-events/requeue");
    /** Keycloak's paths that are never public: the admin console and API, and every realm but the suite's. */
    private static final List<String> KEYCLOAK_NEVER_ROUTED = List.of("/admin", "/admin/master/console/",
            "/admin/realms/sanad/users", "/realms/master/protocol/openid-connect/token", "/metrics", "/health");
    /**
     * Internal operations that sit under a routed public prefix (docs/security.md): for them the
     * service-client role and the azp check are the guard, not the edge.
     */
    private static final Set<String> INTERNAL_UNDER_PUBLIC_PREFIX = Set.of("complaints-service /complaints/{id}/victim-disclosures");

    /** Each route's limits: requests per unit per client address, and the largest body. */
    private record Limits(int requests, String unit, String body) {
    }

    /** The API's uploads stream through unbuffered; their cap is the declared length (26 MiB, as ingress-nginx's 26m). */
    private static final String UPLOAD_CAP = "declared length 27262976";
    private static final Map<String, Limits> LIMITS = Map.of(
            "sanad/sanad-api", new Limits(50, "Second", UPLOAD_CAP),
            "sanad/sanad-anonymous", new Limits(20, "Minute", UPLOAD_CAP),
            "sanad/sanad-courts", new Limits(20, "Second", "buffer 1Mi"),
            "sanad/citizen-web", new Limits(50, "Second", "buffer 16Ki"),
            "sanad/officer-web", new Limits(50, "Second", "buffer 16Ki"),
            "keycloak/keycloak", new Limits(20, "Second", "buffer 64Ki"));

    /**
     * The Gateway API kinds the overlay may use, each at a version the CRDs Envoy Gateway v1.7.3
     * installs (Gateway API v1.4.1, standard channel) serve; the offline models are v1.5.1's, which
     * know versions (ReferenceGrant v1) a v1.4.1 cluster refuses.
     */
    private static final Map<String, String> SERVED = Map.of("GatewayClass", "gateway.networking.k8s.io/v1",
            "Gateway", "gateway.networking.k8s.io/v1", "HTTPRoute", "gateway.networking.k8s.io/v1",
            "BackendTLSPolicy", "gateway.networking.k8s.io/v1", "ReferenceGrant", "gateway.networking.k8s.io/v1beta1");

    private static PublicEdge edge(List<JsonNode> objects) {
        PublicEdge edge = PublicEdge.of(objects);
        assertNotNull(edge, "no Gateway " + PublicEdge.GATEWAY + " in namespace " + PublicEdge.GATEWAY_NAMESPACE);
        return edge;
    }

    @ParameterizedTest
    @ValueSource(strings = { "prod", "prod-restore" })
    void everyHostIsServedOverTlsWithItsOwnCertificateAndPlainHttpOnlyRedirects(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);
        PublicEdge edge = edge(objects);
        assertEquals("gateway.envoyproxy.io/gatewayclass-controller", ofKind(objects, "GatewayClass").stream()
                .filter(c -> name(c).equals(edge.gateway().path("spec").path("gatewayClassName").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("the Gateway's class is not in the overlay")).path("spec").path("controllerName")
                .asText(), "the Gateway is not Envoy Gateway's");
        for (JsonNode object : objects) {
            if (object.path("apiVersion").asText().startsWith("gateway.networking.k8s.io/")) {
                assertEquals(SERVED.get(object.path("kind").asText()), object.path("apiVersion").asText(),
                        object.path("kind").asText() + " " + name(object) + ": not a kind and version Gateway API v1.4.1 serves");
            }
        }
        Map<String, String> certificates = new TreeMap<>();
        for (JsonNode listener : edge.listeners()) {
            String where = "listener " + listener.path("name").asText();
            JsonNode namespaces = listener.path("allowedRoutes").path("namespaces");
            String from = namespaces.path("from").asText("Same");
            assertTrue("Same".equals(from) || "Selector".equals(from), where + ": takes routes from every namespace");
            if ("Selector".equals(from)) {
                assertEquals(1, namespaces.path("selector").size(), where + ": " + namespaces);
                assertTrue(Set.of("sanad", "keycloak").contains(namespaces.path("selector").path("matchLabels")
                        .path("kubernetes.io/metadata.name").asText()), where + ": takes routes from elsewhere than sanad or keycloak");
            }
            if ("HTTP".equals(listener.path("protocol").asText())) {
                for (JsonNode route : ofKind(objects, "HTTPRoute")) {
                    if (attachesTo(route, listener)) {
                        for (JsonNode rule : route.path("spec").path("rules")) {
                            assertTrue(rule.path("backendRefs").isEmpty(), name(route) + ": served over plain HTTP");
                            assertEquals("https", rule.path("filters").path(0).path("requestRedirect").path("scheme").asText(),
                                    name(route) + ": plain HTTP not redirected to HTTPS");
                        }
                    }
                }
                continue;
            }
            assertEquals("HTTPS", listener.path("protocol").asText(), where + ": neither HTTPS nor a redirect");
            assertEquals("Terminate", listener.path("tls").path("mode").asText("Terminate"), where);
            JsonNode refs = listener.path("tls").path("certificateRefs");
            assertEquals(1, refs.size(), where + ": " + refs);
            JsonNode ref = refs.get(0);
            assertEquals("Secret", ref.path("kind").asText("Secret"), where);
            String namespace = ref.path("namespace").asText(PublicEdge.GATEWAY_NAMESPACE);
            String secret = ref.path("name").asText();
            if (!PublicEdge.GATEWAY_NAMESPACE.equals(namespace)) {
                assertTrue(granted(objects, namespace, secret), where + ": no ReferenceGrant in " + namespace + " lets the Gateway read "
                        + secret);
            }
            certificates.put(listener.path("hostname").asText(), namespace + "/" + secret);
        }
        assertEquals(new TreeMap<>(CERTIFICATES), certificates, "a host without TLS, or with another certificate than its own");
    }

    /** Whether a ReferenceGrant in {@code namespace} lets the Gateways of the Gateway's namespace read that one Secret. */
    private static boolean granted(List<JsonNode> objects, String namespace, String secret) {
        return ofKind(objects, "ReferenceGrant").stream().filter(g -> namespace.equals(g.path("metadata").path("namespace").asText()))
                .anyMatch(g -> g.path("spec").path("from").toString().contains("\"kind\":\"Gateway\"")
                        && g.path("spec").path("from").toString().contains("\"namespace\":\"" + PublicEdge.GATEWAY_NAMESPACE + "\"")
                        && g.path("spec").path("to").size() == 1
                        && "Secret".equals(g.path("spec").path("to").get(0).path("kind").asText())
                        && secret.equals(g.path("spec").path("to").get(0).path("name").asText()));
    }

    private static boolean attachesTo(JsonNode route, JsonNode listener) {
        for (JsonNode parent : route.path("spec").path("parentRefs")) {
            if (PublicEdge.GATEWAY.equals(parent.path("name").asText())
                    && listener.path("name").asText().equals(parent.path("sectionName").asText())) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest
    @ValueSource(strings = { "prod", "prod-restore" })
    void exactlyThePublicPathsAreRouted(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);
        PublicEdge edge = edge(objects);
        Set<String> routing = new TreeSet<>();
        edge.routes().forEach(r -> routing.add(r.toString()));
        assertEquals(ROUTING, routing, "the edge routes other paths than the public ones");
        for (PublicEdge.Route route : edge.routes()) {
            if (SERVICES.contains(route.service())) {
                for (String path : NEVER_ROUTED) {
                    assertFalse(route.matches(path), route + " routes " + path + ", which stays inside the cluster");
                }
            } else if ("keycloak-service".equals(route.service())) {
                for (String path : KEYCLOAK_NEVER_ROUTED) {
                    assertFalse(route.matches(path), route + " routes Keycloak's " + path);
                }
            }
        }
    }

    /**
     * Per the services' contracts: every routed path is one of its service's public operations (or
     * a prefix of some), a public operation the edge routes goes to a service whose contract has it,
     * and of the internal operations only those named under a public prefix are reachable.
     */
    @ParameterizedTest
    @ValueSource(strings = { "prod", "prod-restore" })
    void everyRoutedPathGoesToTheServiceWhoseContractHasIt(String overlay) throws Exception {
        PublicEdge edge = edge(render(overlay));
        Map<String, Set<String>> owners = new HashMap<>();
        Map<String, List<String>> publicPaths = new HashMap<>();
        for (String service : SERVICES) {
            List<String> paths = contractPaths(service, "public");
            publicPaths.put(service, paths);
            paths.forEach(p -> owners.computeIfAbsent(p, k -> new TreeSet<>()).add(service));
        }
        for (PublicEdge.Route route : edge.routes()) {
            if (SERVICES.contains(route.service())) {
                assertTrue(publicPaths.get(route.service()).stream().anyMatch(p -> route.matches(sample(p))),
                        route + ": no public operation of " + route.service() + " there");
            }
        }
        for (Map.Entry<String, Set<String>> operation : owners.entrySet()) {
            for (PublicEdge.Route route : edge.routes()) {
                if (SERVICES.contains(route.service()) && route.matches(sample(operation.getKey()))) {
                    assertTrue(operation.getValue().contains(route.service()),
                            route + " sends " + operation.getKey() + " to a service whose contract does not have it");
                }
            }
        }
        for (String service : SERVICES) {
            for (String path : contractPaths(service, "internal")) {
                boolean routed = edge.routes().stream().anyMatch(r -> SERVICES.contains(r.service()) && r.matches(sample(path)));
                assertEquals(INTERNAL_UNDER_PUBLIC_PREFIX.contains(service + " " + path), routed,
                        service + "'s internal " + path + (routed ? " is routed" : " is no longer routed: drop it from the list"));
            }
        }
    }

    /**
     * The public operations the edge leaves unrouted on purpose: the operators' and auditors'
     * endpoints (kubectl port-forward) and the officers' directories of the services other than
     * cases-service (the console reads cases-service's). Any other public operation a frontend
     * may call must be routed: a new one that is not fails here.
     */
    private static final Set<String> PUBLIC_BUT_UNROUTED = Set.of(
            "complaints-service /officers", "referrals-service /officers");
    private static final List<String> OPERATORS_PREFIXES = List.of("/audit-entries", "/evidence-keys", "/data-keys", "/outbox");

    @ParameterizedTest
    @ValueSource(strings = { "prod", "prod-restore" })
    void everyPublicOperationIsRoutedToItsServiceButTheOperatorsEndpoints(String overlay) throws Exception {
        PublicEdge edge = edge(render(overlay));
        List<String> unrouted = new ArrayList<>();
        for (String service : SERVICES) {
            for (String path : contractPaths(service, "public")) {
                if (OPERATORS_PREFIXES.stream().anyMatch(path::startsWith) || PUBLIC_BUT_UNROUTED.contains(service + " " + path)) {
                    continue;
                }
                boolean routed = edge.routes().stream().anyMatch(r -> service.equals(r.service()) && r.matches(sample(path)));
                if (!routed) {
                    unrouted.add(service + " " + path);
                }
            }
        }
        assertEquals(List.of(), unrouted, "public operations the edge does not route (a frontend calling them would get 404)");
    }

    /** The paths of one of a service's contracts (src/main/openapi/openapi-public.yaml or -internal.yaml). */
    private static List<String> contractPaths(String service, String which) throws IOException {
        JsonNode contract = YAML.readTree(Path.of("..", service, "src", "main", "openapi", "openapi-" + which + ".yaml").toFile());
        List<String> paths = new ArrayList<>();
        contract.path("paths").fieldNames().forEachRemaining(paths::add);
        return paths;
    }

    /** A request path of a templated one: each {parameter} filled in. */
    private static String sample(String template) {
        return template.replaceAll("\\{[^}]+}", "1");
    }

    /**
     * Every route is bounded: requests per client address (each address its own bucket), the largest
     * body (a buffer of that size, or for the API's streamed uploads their declared length), and the
     * time a response may take. Dropping any of them fails here.
     */
    @ParameterizedTest
    @ValueSource(strings = { "prod", "prod-restore" })
    void everyRouteIsBoundedInRequestsPerClientBodySizeAndTime(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);
        Map<String, Limits> limits = new TreeMap<>();
        for (JsonNode route : ofKind(objects, "HTTPRoute")) {
            String key = route.path("metadata").path("namespace").asText() + "/" + name(route);
            if (route.path("spec").path("rules").findValues("backendRefs").isEmpty()) {
                continue; // the plain-HTTP redirect: it reaches nothing
            }
            List<JsonNode> policies = targeting(objects, "BackendTrafficPolicy", route);
            assertEquals(1, policies.size(), key + ": not one BackendTrafficPolicy");
            JsonNode spec = policies.get(0).path("spec");
            assertFalse(spec.path("timeout").path("http").path("requestTimeout").isMissingNode(), key + ": no request timeout");
            Set<String> rates = new TreeSet<>();
            for (JsonNode rule : spec.path("rateLimit").path("local").path("rules")) {
                JsonNode selectors = rule.path("clientSelectors");
                assertEquals(1, selectors.size(), key + ": a rate limit on more than the client's address " + rule);
                JsonNode source = selectors.get(0).path("sourceCIDR");
                assertEquals("Distinct", source.path("type").asText(), key + ": one bucket for all clients " + rule);
                rates.add(source.path("value").asText() + " " + rule.path("limit").path("requests").asInt() + "/"
                        + rule.path("limit").path("unit").asText());
            }
            Set<String> perUnit = new TreeSet<>();
            rates.forEach(r -> perUnit.add(r.substring(r.indexOf(' ') + 1)));
            assertEquals(1, perUnit.size(), key + ": not one rate per client address " + rates);
            assertEquals(Set.of("0.0.0.0/0", "::/0"), new TreeSet<>(rates.stream().map(r -> r.substring(0, r.indexOf(' '))).toList()),
                    key + ": not every IPv4 and IPv6 client counted " + rates);
            String[] rate = perUnit.iterator().next().split("/");
            JsonNode buffer = spec.path("requestBuffer").path("limit");
            String body = buffer.isMissingNode() ? uploadCap(objects, route) : "buffer " + buffer.asText();
            limits.put(key, new Limits(Integer.parseInt(rate[0]), rate[1], body));
        }
        assertEquals(new TreeMap<>(LIMITS), limits, "a route's limits differ from the ones the services rely on");
    }

    /** The API's cap on a streamed upload: the declared length past which the route's Lua answers 413 ("none" if there is none). */
    private static String uploadCap(List<JsonNode> objects, JsonNode route) {
        Pattern cap = Pattern.compile("local max_body_bytes = (\\d+)");
        for (JsonNode policy : targeting(objects, "EnvoyExtensionPolicy", route)) {
            for (JsonNode lua : policy.path("spec").path("lua")) {
                String script = lua.path("inline").asText();
                Matcher found = cap.matcher(script);
                if (found.find() && script.contains("get(\"content-length\")") && script.contains("declared > max_body_bytes")
                        && script.contains("[\":status\"] = \"413\"")) {
                    return "declared length " + found.group(1);
                }
            }
        }
        return "none";
    }

    /** The policies of a kind in the route's namespace whose targetRefs name the route. */
    private static List<JsonNode> targeting(List<JsonNode> objects, String kind, JsonNode route) {
        String namespace = route.path("metadata").path("namespace").asText();
        return ofKind(objects, kind).stream().filter(p -> namespace.equals(p.path("metadata").path("namespace").asText()))
                .filter(p -> {
                    for (JsonNode target : p.path("spec").path("targetRefs")) {
                        if ("HTTPRoute".equals(target.path("kind").asText()) && name(route).equals(target.path("name").asText())) {
                            return true;
                        }
                    }
                    return false;
                }).toList();
    }

    /**
     * The proxies pass on the client's address alone: the address they saw, in an X-Forwarded-For
     * of their own (the services believe its first entry), the client's forwarding headers removed
     * first; and every connection is bounded: idle and silent requests closed, a request given long
     * enough for an hour's upload, a cap on connections per proxy.
     */
    @ParameterizedTest
    @ValueSource(strings = { "prod", "prod-restore" })
    void theProxiesForwardOnlyTheClientsOwnAddressAndBoundEveryConnection(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);
        List<JsonNode> policies = ofKind(objects, "ClientTrafficPolicy").stream()
                .filter(p -> PublicEdge.GATEWAY_NAMESPACE.equals(p.path("metadata").path("namespace").asText()))
                .filter(p -> p.path("spec").path("targetRefs").toString().contains("\"kind\":\"Gateway\",\"name\":\"" + PublicEdge.GATEWAY + "\""))
                .toList();
        assertEquals(1, policies.size(), "not one ClientTrafficPolicy for the whole Gateway");
        JsonNode spec = policies.get(0).path("spec");
        assertFalse(spec.path("targetRefs").toString().contains("sectionName"), "the client policy covers only some listeners");
        assertEquals(0, spec.path("clientIPDetection").path("xForwardedFor").path("numTrustedHops").asInt(-1),
                "the proxies believe an X-Forwarded-For from outside");
        Set<String> removed = new TreeSet<>();
        spec.path("headers").path("earlyRequestHeaders").path("remove").forEach(h -> removed.add(h.asText().toLowerCase(Locale.ROOT)));
        assertTrue(removed.containsAll(Set.of("x-forwarded-for", "x-forwarded-host", "x-forwarded-port", "forwarded")),
                "a client's own forwarding headers reach the services: " + removed);
        JsonNode timeouts = spec.path("timeout").path("http");
        for (String timeout : List.of("idleTimeout", "streamIdleTimeout")) {
            assertTrue(duration(timeouts.path(timeout).asText("")).compareTo(Duration.ofMinutes(2)) <= 0,
                    timeout + " unset or longer than two minutes");
        }
        Duration received = duration(timeouts.path("requestReceivedTimeout").asText(""));
        assertTrue(received.compareTo(Duration.ofHours(1)) > 0 && received.compareTo(Duration.ofHours(2)) <= 0,
                "requestReceivedTimeout " + received + ": an upload may take an hour at the services (upload-max-duration), no longer");
        assertTrue(spec.path("connection").path("connectionLimit").path("value").asInt() > 0, "no connection limit per proxy");
    }

    /** A Gateway API duration (1h, 65m, 60s, 1h30m). */
    private static Duration duration(String text) {
        assertTrue(text.matches("([0-9]{1,5}(h|m|s|ms)){1,4}"), "not a Gateway API duration: '" + text + "'");
        Duration duration = Duration.ZERO;
        Matcher part = Pattern.compile("([0-9]+)(ms|h|m|s)").matcher(text);
        while (part.find()) {
            long n = Long.parseLong(part.group(1));
            duration = duration.plus(switch (part.group(2)) {
                case "h" -> Duration.ofHours(n);
                case "m" -> Duration.ofMinutes(n);
                case "s" -> Duration.ofSeconds(n);
                default -> Duration.ofMillis(n);
            });
        }
        return duration;
    }

    /** Keycloak serves HTTPS only: the proxies verify its certificate against the CA that issued it, for its in-cluster name. */
    @ParameterizedTest
    @ValueSource(strings = { "prod", "prod-restore" })
    void theProxiesVerifyKeycloaksCertificate(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);
        List<JsonNode> policies = ofKind(objects, "BackendTLSPolicy").stream()
                .filter(p -> "keycloak".equals(p.path("metadata").path("namespace").asText()))
                .filter(p -> p.path("spec").path("targetRefs").toString().contains("\"kind\":\"Service\",\"name\":\"keycloak-service\""))
                .toList();
        assertEquals(1, policies.size(), "Keycloak reached over TLS without verifying it");
        JsonNode validation = policies.get(0).path("spec").path("validation");
        assertEquals("[{\"group\":\"\",\"kind\":\"ConfigMap\",\"name\":\"keycloak-ca\"}]", validation.path("caCertificateRefs").toString(),
                "Keycloak's certificate checked against another CA than the one that issued keycloak-tls");
        assertEquals("keycloak-service.keycloak.svc", validation.path("hostname").asText());
        assertTrue(validation.path("wellKnownCACertificates").isMissingNode(), "Keycloak's certificate trusted from the system's CAs");
    }
}
