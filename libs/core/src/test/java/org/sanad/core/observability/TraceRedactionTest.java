package org.sanad.core.observability;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.testing.OtlpReceiver.awaitExported;
import static org.sanad.testing.OtlpReceiver.randomId;
import static org.sanad.testing.OtlpReceiver.traceparent;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

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
}
