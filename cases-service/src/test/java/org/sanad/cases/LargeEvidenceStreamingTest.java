package org.sanad.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.sanad.cases.Deliveries.TOKENS;
import static org.sanad.cases.Deliveries.deliverToCase;
import static org.sanad.cases.Deliveries.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.sanad.core.hashing.Sha256;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;

/**
 * A complaint's evidence file larger than this JVM's whole heap, verified by investigators and
 * released to a court several times at once: cases-service streams it from complaints-service,
 * hashing it as it passes, and never holds it whole. Runs in a JVM of its own with a small heap
 * (the {@code large-evidence} execution in the pom); with the file read whole, every request
 * fails with {@code OutOfMemoryError}.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(LargeEvidenceStreamingTest.GeneratedFiles.class)
class LargeEvidenceStreamingTest {

    /** Larger than the heap this test runs with (-Xmx256m). */
    static final long SIZE = 384L * 1024 * 1024;
    private static final String GOVERNORATE = "IQ-BA";
    private static final String INVESTIGATOR = TOKENS.officer("investigator", GOVERNORATE);
    private static final String REFERRALS = TOKENS.service("referrals-service");

    /**
     * complaints-service's evidence route, answering every file with the same {@link #SIZE}
     * pseudo-random bytes generated as they are sent, never held (WireMock keeps bodies whole).
     */
    public static class GeneratedFiles implements QuarkusTestResourceLifecycleManager {

        private HttpServer server;

        @Override
        public Map<String, String> start() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.setExecutor(Executors.newFixedThreadPool(8));
            server.createContext("/complaints/", exchange -> {
                if (!exchange.getRequestURI().getPath().endsWith("/content")) {
                    exchange.sendResponseHeaders(404, -1);
                    exchange.close();
                    return;
                }
                exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
                exchange.sendResponseHeaders(200, SIZE);
                try (OutputStream out = exchange.getResponseBody()) {
                    generate(out);
                } catch (IOException clientWentAway) {
                    // the reader stopped early; nothing to clean up
                }
            });
            server.start();
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            return Map.of("quarkus.rest-client.complaints-service.url", url,
                    "outbox.destinations.complaints-service.url", url);
        }

        @Override
        public void stop() {
            if (server != null) {
                server.stop(0);
            }
        }
    }

    /** The file's bytes, the same on every call: 1 MiB blocks of a seeded generator. */
    static void generate(OutputStream out) throws IOException {
        byte[] block = new byte[1024 * 1024];
        Random random = new Random(29);
        for (long written = 0; written < SIZE; written += block.length) {
            random.nextBytes(block);
            out.write(block, 0, (int) Math.min(block.length, SIZE - written));
        }
    }

    static String expectedSha256() throws IOException {
        java.security.MessageDigest digest = Sha256.digest();
        generate(new OutputStream() {
            @Override
            public void write(int b) {
                digest.update((byte) b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                digest.update(bytes, offset, length);
            }
        });
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    @Test
    void aFileLargerThanTheHeapIsVerifiedAndReleasedSeveralTimesAtOnce() throws Exception {
        // -Dtest=… runs it in the default execution too, whose heap is larger than the file: skipped there
        assumeTrue(Boolean.getBoolean("sanad.large-evidence"), "runs in the large-evidence execution only");
        assertTrue(Runtime.getRuntime().maxMemory() < SIZE, "the heap must be smaller than the file");
        String sha256 = expectedSha256();
        UUID evidenceId = UUID.randomUUID();
        Map<String, Object> body = delivery(GOVERNORATE, "0771 029 0012");
        body.put("evidence", List.of(Map.of("evidenceId", evidenceId.toString(), "fileName", "recording.mp4",
                "contentType", "video/mp4", "sizeBytes", SIZE, "sha256", sha256)));
        String caseId = deliverToCase(body);
        String itemId = given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + caseId + "/evidence").then()
                .statusCode(200).extract().path("items[0].id");

        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                answers.add(pool.submit(() -> given().auth().oauth2(INVESTIGATOR)
                        .when().post("/cases/" + caseId + "/evidence/" + itemId + "/verification")
                        .then().statusCode(200).body("matched", equalTo(true)).extract().<String> path("observedSha256")));
            }
            for (int i = 0; i < 2; i++) {
                answers.add(pool.submit(courtRelease(itemId)));
            }
            for (Future<String> answer : answers) {
                assertEquals(sha256, answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A release read as referrals-service reads it: streamed and hashed, never held. */
    private static Callable<String> courtRelease(String itemId) {
        return () -> {
            int port = RestAssured.port;
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/court-releases/evidence/" + itemId + "?court=BAGHDAD-FELONY-1&referral=REF-2026-0001"))
                    .header("Authorization", "Bearer " + REFERRALS).GET().build();
            HttpResponse<InputStream> answer = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, answer.statusCode());
            try (InputStream in = answer.body()) {
                return Sha256.of(in);
            }
        };
    }
}
