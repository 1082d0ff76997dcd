package org.sanad.referrals;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.sun.net.httpserver.HttpServer;

/**
 * A court system's notification endpoint for the tests: a real HTTP server on this machine that
 * keeps every request it was sent and answers what the test decides for each.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as received, and the status it was answered. */
    record Received(String id, String timestamp, String signature, String contentType, String body, int answered) {
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    private int port;
    private volatile Function<Received, Integer> answer = r -> 204;
    private HttpServer server;

    private WebhookReceiver(int port) {
        this.port = port;
    }

    static WebhookReceiver start() throws IOException {
        WebhookReceiver receiver = new WebhookReceiver(0);
        receiver.listen(0);
        return receiver;
    }

    String url() {
        return "http://localhost:" + port + "/hook";
    }

    /** Decides the status of each request from here on (from what was received so far and this request). */
    void answer(Function<Received, Integer> answer) {
        this.answer = answer;
    }

    /** Down: nothing listens on its port. */
    void stop() {
        server.stop(0);
    }

    /** Back on the same port. */
    void restart() throws IOException {
        listen(port);
    }

    private void listen(int on) throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", on), 0);
        server.createContext("/hook", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            var headers = exchange.getRequestHeaders();
            Received request = new Received(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                    headers.getFirst("webhook-signature"), headers.getFirst("Content-Type"), body, 0);
            int status = answer.apply(request);
            received.add(new Received(request.id(), request.timestamp(), request.signature(), request.contentType(),
                    body, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        port = server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
