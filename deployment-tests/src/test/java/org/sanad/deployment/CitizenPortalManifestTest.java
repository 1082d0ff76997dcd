package org.sanad.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.deployment.KubernetesManifestsTest.name;
import static org.sanad.deployment.KubernetesManifestsTest.named;
import static org.sanad.deployment.KubernetesManifestsTest.ofKind;
import static org.sanad.deployment.KubernetesManifestsTest.render;
import static org.sanad.deployment.KubernetesManifestsTest.selects;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The citizen portal (citizen-web) in every overlay of k8s/: a pod that holds no secret and reaches
 * nothing, not even DNS; and a browser page whose addresses agree with the rest of the overlay: the
 * API it calls is routed to complaints-service and accepts the portal's origin (CORS), the login it
 * goes to is the realm's issuer, and the realm's client for it sends logins back to that origin only,
 * with tokens for complaints-service alone.
 */
class CitizenPortalManifestTest {

    private static final String PORTAL = "citizen-web";
    /** complaints-service's paths the portal's client calls, under COMPLAINTS_API_URL. */
    private static final List<String> API_PATHS = List.of("/complaints", "/anonymous-complaints", "/tracking", "/reference-data",
            "/notifications/web-push-key");

    private static JsonNode portalConfig(List<JsonNode> objects) {
        return named(objects, "ConfigMap", PORTAL + "-config").path("data");
    }

    private static List<String> corsOrigins(List<JsonNode> objects) {
        return List.of(named(objects, "ConfigMap", "complaints-service-config").path("data").path("CORS_ORIGINS").asText()
                .split("\\s*,\\s*"));
    }

    /** The realm's client the portal logs in with. */
    private static JsonNode portalClient(List<JsonNode> objects) {
        String clientId = portalConfig(objects).path("OIDC_CLIENT_ID").asText();
        JsonNode realm = ofKind(objects, "KeycloakRealmImport").get(0).path("spec").path("realm");
        for (JsonNode client : realm.path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                return client;
            }
        }
        throw new AssertionError("OIDC_CLIENT_ID " + clientId + " is no client of the imported realm");
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "prod-restore" })
    void thePortalReachesNothingNotEvenDnsAndOnlyTheGatewaysProxiesAndPrometheusReachIt(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);
        JsonNode labels = named(objects, "Deployment", PORTAL).path("spec").path("template").path("metadata").path("labels");
        boolean egressRestricted = false;
        Set<String> reachedFrom = new TreeSet<>();
        for (JsonNode policy : ofKind(objects, "NetworkPolicy")) {
            if (!"sanad".equals(policy.path("metadata").path("namespace").asText())
                    || !selects(policy.path("spec").path("podSelector"), labels)) {
                continue;
            }
            String where = name(policy);
            assertTrue(policy.path("spec").path("egress").isEmpty(), where + " lets the portal reach " + policy.path("spec").path("egress"));
            egressRestricted |= policy.path("spec").path("policyTypes").toString().contains("Egress");
            for (JsonNode rule : policy.path("spec").path("ingress")) {
                assertFalse(rule.path("from").isEmpty(), where + ": the portal reachable from anywhere " + rule);
                assertFalse(rule.path("ports").isEmpty(), where + ": the portal reachable on every port " + rule);
                for (JsonNode peer : rule.path("from")) {
                    for (JsonNode port : rule.path("ports")) {
                        reachedFrom.add(peer + " -> " + port.path("port").asText());
                    }
                }
            }
        }
        assertTrue(egressRestricted, "no policy restricts the portal's egress: it may reach anything");
        assertEquals(new TreeSet<>(Set.of(
                NetworkPoliciesTest.PROXIES + " -> 8090",
                "{\"namespaceSelector\":{\"matchLabels\":{\"kubernetes.io/metadata.name\":\"monitoring\"}},"
                        + "\"podSelector\":{\"matchLabels\":{\"app.kubernetes.io/name\":\"prometheus\"}}} -> 9090")),
                reachedFrom, "the portal is reached by more, or less, than the gateway's proxies and Prometheus' scrapes");
        // and the rule that took DNS from it takes it from no one else
        JsonNode someService = named(objects, "Deployment", "complaints-service").path("spec").path("template").path("metadata")
                .path("labels");
        assertTrue(selects(named(objects, "NetworkPolicy", "allow-dns").path("spec").path("podSelector"), someService),
                "allow-dns no longer lets the services resolve names");
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "prod-restore" })
    void thePortalPodHoldsNoSecretAndWritesOnlyItsTmp(String overlay) throws Exception {
        JsonNode pod = named(render(overlay), "Deployment", PORTAL).path("spec").path("template").path("spec");
        for (JsonNode container : pod.path("containers")) {
            container.path("envFrom").forEach(from -> assertFalse(from.has("secretRef"), PORTAL + " takes a Secret " + from));
            container.path("env").forEach(e -> assertFalse(e.path("valueFrom").has("secretKeyRef"), PORTAL + " reads a Secret " + e));
        }
        List<String> volumes = new ArrayList<>();
        pod.path("volumes").forEach(v -> volumes.add(v.path("name").asText() + (v.has("emptyDir") ? ":emptyDir" : ":other")));
        assertEquals(List.of("tmp:emptyDir"), volumes, PORTAL + ": mounts more than its /tmp");
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "prod-restore" })
    void thePortalLogsInWithAPublicPkceClientWhoseTokensAreForComplaintsServiceAlone(String overlay) throws Exception {
        JsonNode client = portalClient(render(overlay));
        String id = client.path("clientId").asText();
        assertTrue(client.path("publicClient").asBoolean(), id + ": not a public client (a browser keeps no secret)");
        assertTrue(client.path("standardFlowEnabled").asBoolean(), id + ": no authorization code flow");
        for (String flow : List.of("implicitFlowEnabled", "directAccessGrantsEnabled", "serviceAccountsEnabled")) {
            assertFalse(client.path(flow).asBoolean(false), id + ": " + flow);
        }
        assertEquals("S256", client.path("attributes").path("pkce.code.challenge.method").asText(), id + ": no PKCE");
        List<String> audiences = new ArrayList<>();
        client.path("protocolMappers").forEach(m -> {
            if ("oidc-audience-mapper".equals(m.path("protocolMapper").asText())) {
                audiences.add(m.path("config").path("included.custom.audience").asText()
                        + m.path("config").path("included.client.audience").asText());
            }
        });
        assertEquals(List.of("complaints-service"), audiences, id + ": its tokens are for more, or less, than complaints-service");
    }

    /**
     * In production the portal is served on a host of its own, over TLS, and everything its page is
     * told (/config.json, and the Content-Security-Policy built from it) is an address this overlay
     * serves: complaints-service's paths at COMPLAINTS_API_URL, the realm's issuer at OIDC_ISSUER_URL.
     */
    @ParameterizedTest
    @ValueSource(strings = { "prod", "prod-restore" })
    void inProductionThePortalsOriginIsOneTheApiAndTheRealmAcceptAndItCallsWhatTheGatewayServes(String overlay)
            throws Exception {
        List<JsonNode> objects = render(overlay);
        String host = onlyHostRouting(objects, PORTAL, "/");
        String origin = "https://" + host;
        JsonNode config = portalConfig(objects);
        assertEquals("true", config.path("HSTS").asText(), "production's portal without HSTS");

        List<String> cors = corsOrigins(objects);
        assertTrue(cors.contains(origin), "complaints-service refuses the portal's origin " + origin + " (CORS_ORIGINS " + cors + ")");
        cors.forEach(o -> assertTrue(o.startsWith("https://") && !o.contains("localhost"), "a local or plain-HTTP origin in production: " + o));

        JsonNode client = portalClient(objects);
        assertEquals(List.of(origin + "/*"), texts(client.path("redirectUris")), "the realm sends the portal's logins elsewhere");
        assertEquals(List.of(origin), texts(client.path("webOrigins")));
        assertEquals(origin + "/*", client.path("attributes").path("post.logout.redirect.uris").asText());

        URI api = URI.create(config.path("COMPLAINTS_API_URL").asText());
        assertEquals("https", api.getScheme(), "COMPLAINTS_API_URL " + api);
        assertTrue(api.getPath().isEmpty() || "/".equals(api.getPath()),
                "COMPLAINTS_API_URL " + api + " has a path: the client appends /complaints, /tracking, ... to it");
        for (String path : API_PATHS) {
            assertEquals(api.getHost(), onlyHostRouting(objects, "complaints-service", path),
                    "the portal calls " + api + path + ", which the Gateway does not route to complaints-service");
        }

        URI issuer = URI.create(config.path("OIDC_ISSUER_URL").asText());
        JsonNode keycloak = ofKind(objects, "Keycloak").get(0).path("spec");
        String realm = ofKind(objects, "KeycloakRealmImport").get(0).path("spec").path("realm").path("realm").asText();
        assertEquals(keycloak.path("hostname").path("hostname").asText() + "/realms/" + realm, issuer.toString(),
                "OIDC_ISSUER_URL is not the issuer Keycloak puts in its tokens");
        assertEquals(issuer.getHost(), onlyHostRouting(objects, "keycloak-service", issuer.getPath() + "/"),
                "the browser's login at " + issuer + " is not routed to Keycloak");
    }

    /** In dev, without a Gateway, the port-forwarded portal (http://localhost:<its port>) and the API it calls agree. */
    @Test
    void inDevThePortForwardedPortalsOriginIsOneTheApiAndTheRealmAccept() throws Exception {
        List<JsonNode> objects = render("dev");
        assertTrue(ofKind(objects, "HTTPRoute").isEmpty(), "dev has routes now: serve the portal on them, as prod does");
        String origin = "http://localhost:" + httpPort(objects, PORTAL);
        JsonNode config = portalConfig(objects);
        assertEquals("http://localhost:" + httpPort(objects, "complaints-service"), config.path("COMPLAINTS_API_URL").asText(),
                "the portal calls another address than complaints-service's port-forward");
        assertEquals("false", config.path("HSTS").asText(), "HSTS on a plain-HTTP origin");
        assertTrue(corsOrigins(objects).contains(origin), "complaints-service refuses the portal's origin " + origin);
        assertTrue(texts(portalClient(objects).path("webOrigins")).contains(origin), "the realm refuses the portal's origin " + origin);
    }

    static int httpPort(List<JsonNode> objects, String service) {
        for (JsonNode port : named(objects, "Service", service).path("spec").path("ports")) {
            if ("http".equals(port.path("name").asText())) {
                return port.path("port").asInt();
            }
        }
        throw new AssertionError(service + ": no http port");
    }

    /** The one host whose routes send {@code path} to {@code service}, over TLS (PublicEdge). */
    static String onlyHostRouting(List<JsonNode> objects, String service, String path) {
        PublicEdge edge = PublicEdge.of(objects);
        assertNotNull(edge, "no Gateway " + PublicEdge.GATEWAY + ": nothing is public");
        return edge.onlyHostRouting(service, path);
    }
}
