package org.sanad.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.deployment.CitizenPortalManifestTest.httpPort;
import static org.sanad.deployment.CitizenPortalManifestTest.onlyHostRouting;
import static org.sanad.deployment.CitizenPortalManifestTest.texts;
import static org.sanad.deployment.KubernetesManifestsTest.name;
import static org.sanad.deployment.KubernetesManifestsTest.named;
import static org.sanad.deployment.KubernetesManifestsTest.ofKind;
import static org.sanad.deployment.KubernetesManifestsTest.render;
import static org.sanad.deployment.KubernetesManifestsTest.selects;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The officer console (officer-web) in every overlay of k8s/, as the citizen portal
 * (CitizenPortalManifestTest): a pod that holds no secret and reaches nothing, not even DNS; and a
 * browser page whose addresses agree with the rest of the overlay: each of the three APIs it calls
 * is routed to its service and accepts the console's origin (CORS), the login it goes to is the
 * realm's issuer, and the realm's client for it sends logins back to that origin only, with tokens
 * for the three services that carry the officer's governorate.
 */
class OfficerConsoleManifestTest {

    private static final String CONSOLE = "officer-web";
    /** Each API the console calls: its variable in the ConfigMap, and the paths its client appends to it. */
    private static final Map<String, Api> APIS = new LinkedHashMap<>();

    private record Api(String service, List<String> paths) {
    }

    static {
        APIS.put("COMPLAINTS_API_URL", new Api("complaints-service", List.of("/complaints", "/statistics/complaints",
                "/reference-data", "/alerts")));
        APIS.put("CASES_API_URL", new Api("cases-service", List.of("/cases", "/identifiers", "/statistics/cases", "/officers")));
        APIS.put("REFERRALS_API_URL", new Api("referrals-service", List.of("/referrals", "/courts", "/statutes",
                "/statistics/referrals")));
    }

    private static JsonNode consoleConfig(List<JsonNode> objects) {
        return named(objects, "ConfigMap", CONSOLE + "-config").path("data");
    }

    private static List<String> corsOrigins(List<JsonNode> objects, String service) {
        return List.of(named(objects, "ConfigMap", service + "-config").path("data").path("CORS_ORIGINS").asText()
                .split("\\s*,\\s*"));
    }

    /** The realm's client the console logs in with. */
    private static JsonNode consoleClient(List<JsonNode> objects) {
        String clientId = consoleConfig(objects).path("OIDC_CLIENT_ID").asText();
        JsonNode realm = ofKind(objects, "KeycloakRealmImport").get(0).path("spec").path("realm");
        for (JsonNode client : realm.path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                return client;
            }
        }
        throw new AssertionError("OIDC_CLIENT_ID " + clientId + " is no client of the imported realm");
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "prod-restore" })
    void theConsoleReachesNothingNotEvenDnsAndOnlyTheGatewaysProxiesAndPrometheusReachIt(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);
        JsonNode labels = named(objects, "Deployment", CONSOLE).path("spec").path("template").path("metadata").path("labels");
        boolean egressRestricted = false;
        Set<String> reachedFrom = new TreeSet<>();
        for (JsonNode policy : ofKind(objects, "NetworkPolicy")) {
            if (!"sanad".equals(policy.path("metadata").path("namespace").asText())
                    || !selects(policy.path("spec").path("podSelector"), labels)) {
                continue;
            }
            String where = name(policy);
            assertTrue(policy.path("spec").path("egress").isEmpty(), where + " lets the console reach " + policy.path("spec").path("egress"));
            egressRestricted |= policy.path("spec").path("policyTypes").toString().contains("Egress");
            for (JsonNode rule : policy.path("spec").path("ingress")) {
                assertFalse(rule.path("from").isEmpty(), where + ": the console reachable from anywhere " + rule);
                assertFalse(rule.path("ports").isEmpty(), where + ": the console reachable on every port " + rule);
                for (JsonNode peer : rule.path("from")) {
                    for (JsonNode port : rule.path("ports")) {
                        reachedFrom.add(peer + " -> " + port.path("port").asText());
                    }
                }
            }
        }
        assertTrue(egressRestricted, "no policy restricts the console's egress: it may reach anything");
        JsonNode config = consoleConfig(objects);
        assertEquals(new TreeSet<>(Set.of(
                NetworkPoliciesTest.PROXIES + " -> " + config.path("PORT").asText(),
                "{\"namespaceSelector\":{\"matchLabels\":{\"kubernetes.io/metadata.name\":\"monitoring\"}},"
                        + "\"podSelector\":{\"matchLabels\":{\"app.kubernetes.io/name\":\"prometheus\"}}} -> "
                        + config.path("MANAGEMENT_PORT").asText())),
                reachedFrom, "the console is reached by more, or less, than the gateway's proxies and Prometheus' scrapes");
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "prod-restore" })
    void theConsolePodHoldsNoSecretAndWritesOnlyItsTmp(String overlay) throws Exception {
        JsonNode pod = named(render(overlay), "Deployment", CONSOLE).path("spec").path("template").path("spec");
        for (JsonNode container : pod.path("containers")) {
            container.path("envFrom").forEach(from -> assertFalse(from.has("secretRef"), CONSOLE + " takes a Secret " + from));
            container.path("env").forEach(e -> assertFalse(e.path("valueFrom").has("secretKeyRef"), CONSOLE + " reads a Secret " + e));
        }
        List<String> volumes = new ArrayList<>();
        pod.path("volumes").forEach(v -> volumes.add(v.path("name").asText() + (v.has("emptyDir") ? ":emptyDir" : ":other")));
        assertEquals(List.of("tmp:emptyDir"), volumes, CONSOLE + ": mounts more than its /tmp");
    }

    /**
     * The ConfigMap gives every variable the console's server reads (officer-web's
     * application.properties), on the ports its Deployment, Service and policy name, and an idle
     * timeout no longer than the console's own default.
     */
    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "prod-restore" })
    void theConfigMapGivesEveryVariableTheConsoleReadsOnThePortsItsObjectsName(String overlay) throws Exception {
        List<JsonNode> objects = render(overlay);
        JsonNode config = consoleConfig(objects);
        Properties properties = ServiceConfiguration.of(CONSOLE);
        Pattern variable = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");
        Map<String, String> defaults = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            Matcher found = variable.matcher(properties.getProperty(key));
            while (found.find()) {
                defaults.put(found.group(1), found.group(2));
            }
        }
        assertTrue(defaults.keySet().containsAll(APIS.keySet()), "the console reads other variables than these: " + defaults.keySet());
        for (String name : defaults.keySet()) {
            assertTrue(config.has(name), CONSOLE + "-config lacks " + name + ", which the console reads (else its local default "
                    + defaults.get(name) + ")");
        }
        assertEquals("prod", config.path("QUARKUS_PROFILE").asText(), CONSOLE + ": not the prod profile");

        int idle = config.path("IDLE_MINUTES").asInt(-1);
        assertTrue(idle >= 1 && idle <= Integer.parseInt(defaults.get("IDLE_MINUTES")),
                "an unattended console stays logged in for " + config.path("IDLE_MINUTES").asText() + " minutes");

        JsonNode container = named(objects, "Deployment", CONSOLE).path("spec").path("template").path("spec").path("containers").get(0);
        Map<String, String> containerPorts = new LinkedHashMap<>();
        container.path("ports").forEach(p -> containerPorts.put(p.path("name").asText(), p.path("containerPort").asText()));
        assertEquals(Map.of("http", config.path("PORT").asText(), "management", config.path("MANAGEMENT_PORT").asText()),
                containerPorts, CONSOLE + ": the container's ports are not the ones the server listens on");
        assertEquals(config.path("PORT").asInt(), httpPort(objects, CONSOLE), CONSOLE + ": the Service's http port");
    }

    @ParameterizedTest
    @ValueSource(strings = { "dev", "prod", "prod-restore" })
    void theConsoleLogsInWithAPublicPkceClientWhoseTokensAreForTheThreeServicesAndNameTheGovernorate(String overlay)
            throws Exception {
        JsonNode client = consoleClient(render(overlay));
        String id = client.path("clientId").asText();
        assertEquals("sanad-officer-web", id, "the console logs in with another client than its own");
        assertTrue(client.path("publicClient").asBoolean(), id + ": not a public client (a browser keeps no secret)");
        assertTrue(client.path("standardFlowEnabled").asBoolean(), id + ": no authorization code flow");
        for (String flow : List.of("implicitFlowEnabled", "directAccessGrantsEnabled", "serviceAccountsEnabled")) {
            assertFalse(client.path(flow).asBoolean(false), id + ": " + flow);
        }
        assertEquals("S256", client.path("attributes").path("pkce.code.challenge.method").asText(), id + ": no PKCE");
        Set<String> audiences = new TreeSet<>();
        boolean governorate = false;
        for (JsonNode mapper : client.path("protocolMappers")) {
            JsonNode config = mapper.path("config");
            if ("oidc-audience-mapper".equals(mapper.path("protocolMapper").asText())) {
                audiences.add(config.path("included.custom.audience").asText() + config.path("included.client.audience").asText());
            }
            governorate |= "oidc-usermodel-attribute-mapper".equals(mapper.path("protocolMapper").asText())
                    && "governorate".equals(config.path("user.attribute").asText())
                    && "governorate".equals(config.path("claim.name").asText())
                    && "true".equals(config.path("access.token.claim").asText());
        }
        Set<String> services = new TreeSet<>();
        APIS.values().forEach(api -> services.add(api.service()));
        assertEquals(services, audiences, id + ": its tokens are for more, or less, than the three services");
        assertTrue(governorate, id + ": its access tokens do not carry the officer's governorate, which every service scopes by");
    }

    /**
     * In production the console is served on a host of its own, over TLS, and everything its page is
     * told (/config.json, and the Content-Security-Policy built from it) is an address this overlay
     * serves: each service's paths at its API URL, the realm's issuer at OIDC_ISSUER_URL.
     */
    @ParameterizedTest
    @ValueSource(strings = { "prod", "prod-restore" })
    void inProductionTheConsolesOriginIsOneTheApisAndTheRealmAcceptAndItCallsWhatTheGatewayServes(String overlay)
            throws Exception {
        List<JsonNode> objects = render(overlay);
        String host = onlyHostRouting(objects, CONSOLE, "/");
        String origin = "https://" + host;
        JsonNode config = consoleConfig(objects);
        assertEquals("true", config.path("HSTS").asText(), "production's console without HSTS");
        assertFalse(host.equals(onlyHostRouting(objects, "citizen-web", "/")), "the console shares the portal's origin");

        JsonNode client = consoleClient(objects);
        assertEquals(List.of(origin + "/*"), texts(client.path("redirectUris")), "the realm sends the console's logins elsewhere");
        assertEquals(List.of(origin), texts(client.path("webOrigins")));
        assertEquals(origin + "/*", client.path("attributes").path("post.logout.redirect.uris").asText());

        for (Map.Entry<String, Api> entry : APIS.entrySet()) {
            String service = entry.getValue().service();
            List<String> cors = corsOrigins(objects, service);
            assertTrue(cors.contains(origin), service + " refuses the console's origin " + origin + " (CORS_ORIGINS " + cors + ")");
            cors.forEach(o -> assertTrue(o.startsWith("https://") && !o.contains("localhost"),
                    service + ": a local or plain-HTTP origin in production: " + o));

            URI api = URI.create(config.path(entry.getKey()).asText());
            assertEquals("https", api.getScheme(), entry.getKey() + " " + api);
            assertTrue(api.getPath().isEmpty() || "/".equals(api.getPath()),
                    entry.getKey() + " " + api + " has a path: the client appends " + entry.getValue().paths() + " to it");
            for (String path : entry.getValue().paths()) {
                assertEquals(api.getHost(), onlyHostRouting(objects, service, path),
                        "the console calls " + api + path + ", which the Gateway does not route to " + service);
            }
        }

        URI issuer = URI.create(config.path("OIDC_ISSUER_URL").asText());
        JsonNode keycloak = ofKind(objects, "Keycloak").get(0).path("spec");
        String realm = ofKind(objects, "KeycloakRealmImport").get(0).path("spec").path("realm").path("realm").asText();
        assertEquals(keycloak.path("hostname").path("hostname").asText() + "/realms/" + realm, issuer.toString(),
                "OIDC_ISSUER_URL is not the issuer Keycloak puts in its tokens");
        assertEquals(issuer.getHost(), onlyHostRouting(objects, "keycloak-service", issuer.getPath() + "/"),
                "the browser's login at " + issuer + " is not routed to Keycloak");
    }

    /** In dev, without a Gateway, the port-forwarded console (http://localhost:<its port>) and the APIs it calls agree. */
    @Test
    void inDevThePortForwardedConsolesOriginIsOneTheApisAndTheRealmAccept() throws Exception {
        List<JsonNode> objects = render("dev");
        assertTrue(ofKind(objects, "HTTPRoute").isEmpty(), "dev has routes now: serve the console on them, as prod does");
        String origin = "http://localhost:" + httpPort(objects, CONSOLE);
        JsonNode config = consoleConfig(objects);
        for (Map.Entry<String, Api> entry : APIS.entrySet()) {
            String service = entry.getValue().service();
            assertEquals("http://localhost:" + httpPort(objects, service), config.path(entry.getKey()).asText(),
                    entry.getKey() + " is another address than " + service + "'s port-forward");
            assertTrue(corsOrigins(objects, service).contains(origin), service + " refuses the console's origin " + origin);
        }
        assertEquals("false", config.path("HSTS").asText(), "HSTS on a plain-HTTP origin");
        assertTrue(texts(consoleClient(objects).path("webOrigins")).contains(origin), "the realm refuses the console's origin " + origin);
        assertTrue(texts(consoleClient(objects).path("redirectUris")).contains(origin + "/*"),
                "the realm sends the console's logins elsewhere than " + origin);
    }
}
