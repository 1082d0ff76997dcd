package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.complaints.Fixtures.TOKENS;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sanad.testing.MetricsExposition;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The metrics complaints-service's alerts read are exported from the start and the request
 * timer carries route templates and the latency objective's bucket. The exposition is written for
 * deployment-tests' MetricsCatalogTest.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class MetricsExpositionTest {

    private static final String OFFICER = TOKENS.officer("intake-officer", "IQ-MU");

    @Test
    void theMetricsTheAlertsReadAreExportedBeforeTheirFirstEvent() throws Exception {
        given().auth().oauth2(OFFICER).when().get("/complaints").then().statusCode(200);
        given().auth().oauth2(OFFICER).when().get("/complaints/" + UUID.randomUUID()).then().statusCode(404);
        // refused before a route matched it (no JSON body): named by its own path unless the identifier is taken out
        given().auth().oauth2(OFFICER).contentType("text/plain").body("x").when()
                .post("/complaints/" + UUID.randomUUID() + "/withdrawal").then().statusCode(415);

        String exposition = MetricsExposition.written();

        for (String series : List.of("sanad_evidence_integrity_failures_total ",
                "sanad_key_rotation_failures_total{key=\"master\"} ",
                "sanad_key_rotation_last_success_timestamp_seconds{key=\"master\"}",
                "sanad_key_rotation_retired_keys{key=\"master\"}",
                "sanad_triage_overdue{priority=\"CRITICAL\"}",
                "sanad_triage_escalations_total{level=\"SUPERVISOR\"}",
                "sanad_risk_alerts_total{level=\"INTAKE\",reason=\"SELF_HARM\"}",
                "sanad_outbox_oldest_pending_seconds", "sanad_outbox_dead", "sanad_audit_chain_breaks")) {
            assertTrue(MetricsExposition.exports(exposition, series), "not exported: " + series);
        }
        assertTrue(exposition.contains("uri=\"/complaints/{id}\""), "the request timer names the route's template");
        assertTrue(exposition.lines().anyMatch(line -> line.startsWith("http_server_requests_seconds_bucket{")
                && line.contains("uri=\"/complaints/{id}\"") && line.contains("le=\"1.0\"")),
                "the request timer has a bucket at the latency objective (1 s)");
        assertFalse(MetricsExposition.holdsIdentifiers(exposition), "an identifier in a label: a raw path");
    }
}
