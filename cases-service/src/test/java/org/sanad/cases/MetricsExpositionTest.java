package org.sanad.cases;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.cases.Deliveries.TOKENS;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sanad.testing.MetricsExposition;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The metrics cases-service's alerts read are exported from the start and the request
 * timer carries route templates and the latency objective's bucket. The exposition is written for
 * deployment-tests' MetricsCatalogTest.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(ComplaintsStub.class)
class MetricsExpositionTest {

    private static final String SUPERVISOR = TOKENS.officer("supervisor", "IQ-KA");

    @Test
    void theMetricsTheAlertsReadAreExportedBeforeTheirFirstEvent() throws Exception {
        given().auth().oauth2(SUPERVISOR).when().get("/cases").then().statusCode(200);
        given().auth().oauth2(SUPERVISOR).when().get("/cases/" + UUID.randomUUID()).then().statusCode(404);

        String exposition = MetricsExposition.written();

        for (String series : List.of("sanad_evidence_integrity_failures_total ",
                "sanad_key_rotation_failures_total{key=\"master\"} ",
                "sanad_key_rotation_last_success_timestamp_seconds{key=\"master\"}",
                "sanad_key_rotation_retired_keys{key=\"master\"}",
                "sanad_outbox_oldest_pending_seconds", "sanad_outbox_dead", "sanad_audit_chain_breaks")) {
            assertTrue(MetricsExposition.exports(exposition, series), "not exported: " + series);
        }
        assertTrue(exposition.contains("uri=\"/cases/{id}\""), "the request timer names the route's template");
        assertTrue(exposition.lines().anyMatch(line -> line.startsWith("http_server_requests_seconds_bucket{")
                && line.contains("uri=\"/cases/{id}\"") && line.contains("le=\"1.0\"")),
                "the request timer has a bucket at the latency objective (1 s)");
        assertFalse(MetricsExposition.holdsIdentifiers(exposition), "an identifier in a label: a raw path");
    }
}
