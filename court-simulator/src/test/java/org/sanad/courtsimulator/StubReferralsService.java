package org.sanad.courtsimulator;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * referrals-service and its token endpoint as far as one court's exchange goes, on an ephemeral
 * local port: one signed version in the feed, its one evidence item, and the replies, each of
 * which moves the referral on and appends its change to the feed. What the court sent is kept for
 * the test to read.
 */
final class StubReferralsService implements AutoCloseable {

    final UUID referral = UUID.randomUUID();

    final ObjectNode version;

    final String jwks;

    /** The bytes served for the evidence item: the manifest's, unless a test swaps them. */
    byte[] evidence;

    /** Whether a retried reply is answered as a replay, as the service does. */
    boolean replays = true;

    /** The replies' bodies, by their path's last segment (receipt, review, hearings, decision). */
    final Map<String, JsonNode> replies = new HashMap<>();

    private final List<ObjectNode> feed = new ArrayList<>();

    private final Map<String, String> answeredKeys = new HashMap<>();

    private final HttpServer server;

    private String status = "SUBMITTED";

    StubReferralsService(SignedVersions versions, byte[] evidence) throws IOException {
        this.evidence = evidence;
        this.version = versions.signedVersion(referral, CourtSimulator.sha256(evidence));
        this.jwks = versions.jwks();
        append("SUBMITTED");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void append(String change) {
        ObjectNode entry = SignedVersions.JSON.createObjectNode().put("position", "P" + (feed.size() + 1)).put("change", change)
                .put("recordedAt", "2026-12-07T09:00:00Z");
        entry.putObject("referral").put("id", referral.toString()).put("referenceNumber", "REF-2026-000042").put("versionNumber", 1)
                .put("status", change);
        feed.add(entry);
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        String court = "/court/referrals/" + referral;
        if (path.equals("/token")) {
            send(exchange, 200, "{\"access_token\":\"stub-token\",\"expires_in\":300}");
        } else if (path.equals("/court/jwks")) {
            send(exchange, 200, jwks);
        } else if (path.equals("/court/feed")) {
            send(exchange, 200, feedAfter(query(exchange).get("after")));
        } else if (path.equals(court) && method.equals("GET")) {
            send(exchange, 200, version.deepCopy().put("status", status).toString());
        } else if (path.equals(court + "/versions/1")) {
            send(exchange, 200, version.toString());
        } else if (path.startsWith(court + "/evidence/") && path.endsWith("/link")) {
            ObjectNode link = SignedVersions.JSON.createObjectNode().put("href", "/court/evidence/token-1")
                    .put("expiresAt", "2026-12-07T09:05:00Z").put("sha256", version.path("evidence").get(0).path("sha256").asText());
            send(exchange, 200, link.toString());
        } else if (path.equals("/court/evidence/token-1")) {
            exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
            exchange.sendResponseHeaders(200, evidence.length);
            exchange.getResponseBody().write(evidence);
            exchange.close();
        } else if (path.startsWith(court + "/") && method.equals("POST")) {
            reply(exchange, path.substring(path.lastIndexOf('/') + 1));
        } else {
            send(exchange, 404, "{\"title\":\"no such stub route: " + method + " " + path + "\"}");
        }
    }

    private void reply(HttpExchange exchange, String reply) throws IOException {
        JsonNode body = SignedVersions.JSON.readTree(exchange.getRequestBody());
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        if (key != null && answeredKeys.containsKey(key)) {
            if (replays) {
                exchange.getResponseHeaders().add("Idempotent-Replayed", "true");
            }
            send(exchange, 200, answeredKeys.get(key));
            return;
        }
        replies.put(reply, body);
        status = switch (reply) {
            case "receipt" -> "RECEIVED";
            case "review" -> body.path("outcome").asText();
            case "hearings" -> "HEARING_SCHEDULED";
            case "decision" -> "DECIDED";
            default -> throw new IllegalArgumentException(reply);
        };
        append(status);
        String answer = version.deepCopy().put("status", status).toString();
        if (key != null) {
            answeredKeys.put(key, answer);
        }
        send(exchange, 200, answer);
    }

    private String feedAfter(String after) {
        int from = after == null ? 0 : Integer.parseInt(after.substring(1));
        ArrayNode items = SignedVersions.JSON.createArrayNode();
        feed.subList(from, feed.size()).forEach(items::add);
        ObjectNode page = SignedVersions.JSON.createObjectNode();
        page.set("items", items);
        return page.put("next", feed.isEmpty() ? "" : "P" + feed.size()).put("hasMore", false).toString();
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> query = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] parts = pair.split("=", 2);
                query.put(parts[0], parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
        }
        return query;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
