package org.sanad.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanad.deployment.KubernetesManifestsTest.name;
import static org.sanad.deployment.KubernetesManifestsTest.ofKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The public edge of an overlay as the Gateway API has it: the Gateway {@code sanad}, its listeners,
 * and every path its HTTPRoutes send to a backend, each on the hosts of the listener it attaches to.
 */
record PublicEdge(JsonNode gateway, List<Route> routes) {

    static final String GATEWAY = "sanad";
    static final String GATEWAY_NAMESPACE = "sanad";

    /** One match of an HTTPRoute rule: on {@code host}, {@code type} (Exact or PathPrefix) {@code path} to a Service's port. */
    record Route(String route, String namespace, String listener, String host, String type, String path, String service,
            int port) {

        /** Whether a request for {@code requested} takes this route: PathPrefix by whole segments, a trailing slash ignored. */
        boolean matches(String requested) {
            if ("Exact".equals(type)) {
                return path.equals(requested);
            }
            String prefix = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            return prefix.isEmpty() || requested.equals(prefix) || requested.startsWith(prefix + "/");
        }

        /** As the routing table reads it: {@code host Exact|PathPrefix path -> service:port}. */
        @Override
        public String toString() {
            return host + " " + type + " " + path + " -> " + service + ":" + port;
        }
    }

    /** The edge of these rendered objects; null when the overlay has no Gateway (dev). */
    static PublicEdge of(List<JsonNode> objects) {
        JsonNode gateway = ofKind(objects, "Gateway").stream()
                .filter(g -> GATEWAY.equals(name(g)) && GATEWAY_NAMESPACE.equals(g.path("metadata").path("namespace").asText()))
                .findFirst().orElse(null);
        if (gateway == null) {
            return null;
        }
        List<Route> routes = new ArrayList<>();
        for (JsonNode route : ofKind(objects, "HTTPRoute")) {
            String namespace = route.path("metadata").path("namespace").asText();
            for (JsonNode parent : route.path("spec").path("parentRefs")) {
                if (!GATEWAY.equals(parent.path("name").asText())
                        || !GATEWAY_NAMESPACE.equals(parent.path("namespace").asText(namespace))) {
                    continue;
                }
                JsonNode listener = listener(gateway, parent.path("sectionName").asText());
                for (String host : hosts(route, listener)) {
                    for (JsonNode rule : route.path("spec").path("rules")) {
                        for (JsonNode backend : rule.path("backendRefs")) {
                            for (JsonNode match : rule.path("matches")) {
                                routes.add(new Route(name(route), namespace, listener.path("name").asText(), host,
                                        match.path("path").path("type").asText("PathPrefix"),
                                        match.path("path").path("value").asText("/"), backend.path("name").asText(),
                                        backend.path("port").asInt()));
                            }
                        }
                    }
                }
            }
        }
        return new PublicEdge(gateway, routes);
    }

    /** The listener a route names; a route that names none attaches to every listener, which this edge never wants. */
    static JsonNode listener(JsonNode gateway, String sectionName) {
        for (JsonNode listener : gateway.path("spec").path("listeners")) {
            if (listener.path("name").asText().equals(sectionName)) {
                return listener;
            }
        }
        throw new AssertionError("a route attaches to no single listener of the Gateway (sectionName '" + sectionName + "')");
    }

    /** The hosts a route serves on a listener: its hostnames within the listener's, or the listener's alone. */
    private static Set<String> hosts(JsonNode route, JsonNode listener) {
        String listenerHost = listener.path("hostname").asText(null);
        Set<String> hosts = new TreeSet<>();
        for (JsonNode hostname : route.path("spec").path("hostnames")) {
            if (listenerHost == null || listenerHost.equals(hostname.asText())) {
                hosts.add(hostname.asText());
            }
        }
        if (hosts.isEmpty() && listenerHost != null) {
            hosts.add(listenerHost);
        }
        return hosts;
    }

    /** The listeners by name. */
    List<JsonNode> listeners() {
        List<JsonNode> listeners = new ArrayList<>();
        gateway.path("spec").path("listeners").forEach(listeners::add);
        return listeners;
    }

    /** The routes a request for {@code path} on {@code host} may take. */
    List<Route> routing(String host, String path) {
        return routes.stream().filter(r -> r.host().equals(host) && r.matches(path)).toList();
    }

    /**
     * The one host whose routes send {@code path} to {@code service} (a PathPrefix it falls under, or
     * that Exact path), on an HTTPS listener.
     */
    String onlyHostRouting(String service, String path) {
        Set<String> hosts = new TreeSet<>();
        for (Route route : routes) {
            if (route.matches(path) && service.equals(route.service())) {
                assertEquals("HTTPS", listener(gateway, route.listener()).path("protocol").asText(),
                        route.route() + ": " + route.host() + " without TLS");
                hosts.add(route.host());
            }
        }
        assertEquals(1, hosts.size(), "not one host routes " + path + " to " + service + ": " + hosts);
        return hosts.iterator().next();
    }
}
