package org.sanad.smscsimulator;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The SMSC's window for people and tests: {@code GET /messages} (JSON, {@code ?to=} one number;
 * write its + as %2B), {@code DELETE /messages} (forget them), {@code GET /health}.
 */
final class InspectionApi {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final HttpServer server;

    private final Inbox inbox;

    private final Supplier<Integer> boundSessions;

    InspectionApi(int port, Inbox inbox, Supplier<Integer> boundSessions) throws IOException {
        this.inbox = inbox;
        this.boundSessions = boundSessions;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/messages", this::messages);
        server.createContext("/health", this::health);
    }

    void start() {
        server.start();
    }

    void stop() {
        server.stop(0);
    }

    private void messages(HttpExchange exchange) throws IOException {
        switch (exchange.getRequestMethod()) {
            case "GET" -> {
                Optional<String> to = parameter(exchange, "to");
                List<ReceivedMessage> messages = to.isPresent() ? inbox.receivedBy(to.get()) : inbox.received();
                answer(exchange, 200, messages);
            }
            case "DELETE" -> {
                inbox.clear();
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            }
            default -> answer(exchange, 405, Map.of("error", "GET or DELETE"));
        }
    }

    private void health(HttpExchange exchange) throws IOException {
        answer(exchange, 200, Map.of("status", "UP", "boundSessions", boundSessions.get()));
    }

    private void answer(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Optional<String> parameter(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        return Arrays.stream(query.split("&"))
                .map(pair -> pair.split("=", 2))
                .filter(pair -> pair.length == 2 && pair[0].equals(name))
                .map(pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8))
                .findFirst();
    }
}
