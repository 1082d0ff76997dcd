package org.sanad.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

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

    /** A new random id: 16 bytes for a trace, 8 for a span. */
    public static byte[] randomId(int length) {
        byte[] id = new byte[length];
        ThreadLocalRandom.current().nextBytes(id);
        return id;
    }

    /** A W3C {@code traceparent} header that puts a request in trace {@code traceId}, sampled. */
    public static String traceparent(byte[] traceId) {
        return "00-" + HexFormat.of().formatHex(traceId) + "-" + HexFormat.of().formatHex(randomId(8)) + "-01";
    }

    /** Every export received, once all of {@code traceIds} are in them; fails after 15 s. */
    public static byte[] awaitExported(byte[]... traceIds) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (true) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            exports().forEach(all::writeBytes);
            byte[] bytes = all.toByteArray();
            boolean complete = true;
            for (byte[] traceId : traceIds) {
                complete &= indexOf(bytes, traceId) >= 0;
            }
            if (complete) {
                return bytes;
            }
            assertTrue(Instant.now().isBefore(deadline), "the collector did not receive the traces");
            Thread.sleep(100);
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
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
