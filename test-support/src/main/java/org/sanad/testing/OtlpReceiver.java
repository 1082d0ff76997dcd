package org.sanad.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A trace collector for the tests: an OTLP/HTTP endpoint on a free loopback port that keeps the body
 * of every export ({@code POST /v1/traces}, protobuf) and answers 200. The service under test is
 * pointed at it with tracing on and a short export delay.
 */
public class OtlpReceiver implements QuarkusTestResourceLifecycleManager {

    private static final List<byte[]> EXPORTS = new CopyOnWriteArrayList<>();
    private HttpServer server;

    /** Every export body received so far, in arrival order. */
    public static List<byte[]> exports() {
        return List.copyOf(EXPORTS);
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("the OTLP receiver did not start", e);
        }
        server.createContext("/v1/traces", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                EXPORTS.add(body.readAllBytes());
            }
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        return Map.of("quarkus.otel.sdk.disabled", "false",
                "quarkus.otel.exporter.otlp.protocol", "http/protobuf",
                "quarkus.otel.exporter.otlp.endpoint", "http://127.0.0.1:" + server.getAddress().getPort(),
                "quarkus.otel.bsp.schedule.delay", "100ms");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
        EXPORTS.clear();
    }
}
