package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.complaints.Fixtures.TOKENS;
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
 * trace, and the exported spans hold neither the tracking number of the path nor the victim's
 * phone of the query (TraceRedaction), only the route template. How TraceRedaction treats a
 * route's path and query is sanad-core's own test (TraceRedactionTest); this one holds
 * complaints-service's own values to it: the filer's tracking number and an officer's search by a
 * victim's phone.
 */
@QuarkusTest
@TestProfile(TracingProfile.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class TraceExportTest {

    @Test
    void spansReachTheCollectorUnderTheCallersTraceWithoutThePathsOrQueriesValues() throws InterruptedException {
        String trackingNumber = "TRK" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        String phoneDigits = "9647" + (100_000_000 + ThreadLocalRandom.current().nextInt(899_999_999));
        byte[] trackingTrace = randomId(16);
        byte[] searchTrace = randomId(16);

        given().header("traceparent", traceparent(trackingTrace)).when().get("/tracking/" + trackingNumber)
                .then().statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400));
        given().auth().oauth2(TOKENS.officer("intake-officer", "IQ-BG")).header("traceparent", traceparent(searchTrace))
                .queryParam("victimPhone", "+" + phoneDigits).when().get("/complaints").then().statusCode(200);

        byte[] exported = awaitExported(trackingTrace, searchTrace);
        String text = new String(exported, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("complaints-service"), "the spans name the service");
        assertTrue(text.contains("/tracking/{trackingNumber}"), "the server span keeps the route template");
        assertFalse(text.contains(trackingNumber), "no exported span holds the tracking number");
        assertFalse(text.contains(phoneDigits), "no exported span holds the searched phone");
    }
}
