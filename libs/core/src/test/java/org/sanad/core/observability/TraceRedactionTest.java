package org.sanad.core.observability;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.sanad.testing.OtlpReceiver;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * With tracing on, a request that arrives inside a trace is exported to the collector under that
 * trace, and its server span holds the route template, never the value of the path or of the query
 * (TraceRedaction).
 */
@QuarkusTest
@TestProfile(TracingProfile.class)
@WithTestResource(OidcWiremockTestResource.class)
class TraceRedactionTest {

    @Test
    void aServerSpanReachesTheCollectorUnderTheCallersTraceWithItsRouteTemplateAndNoneOfTheRequestsValues()
            throws InterruptedException {
        String reference = "REF" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        String phoneDigits = "9647" + (100_000_000 + ThreadLocalRandom.current().nextInt(899_999_999));
        byte[] trace = randomId(16);

        given().header("traceparent", traceparent(trace)).queryParam("victimPhone", "+" + phoneDigits)
                .when().get("/fixtures/reports/" + reference).then().statusCode(204);

        String text = new String(awaitExported(trace), StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("sanad-core-test"), "the spans name the application");
        assertTrue(text.contains("/fixtures/reports/{reference}"), "the server span keeps the route template");
        assertFalse(text.contains(reference), "no exported span holds the path's value");
        assertFalse(text.contains(phoneDigits), "no exported span holds the query's value");
    }

    /** Every export received once the trace is in them; fails after 15 s. */
    private static byte[] awaitExported(byte[] traceId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (true) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            OtlpReceiver.exports().forEach(all::writeBytes);
            byte[] bytes = all.toByteArray();
            if (indexOf(bytes, traceId) >= 0) {
                return bytes;
            }
            assertTrue(Instant.now().isBefore(deadline), "the collector did not receive the trace");
            Thread.sleep(100);
        }
    }

    private static String traceparent(byte[] traceId) {
        return "00-" + HexFormat.of().formatHex(traceId) + "-" + HexFormat.of().formatHex(randomId(8)) + "-01";
    }

    private static byte[] randomId(int length) {
        byte[] id = new byte[length];
        ThreadLocalRandom.current().nextBytes(id);
        return id;
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
}
