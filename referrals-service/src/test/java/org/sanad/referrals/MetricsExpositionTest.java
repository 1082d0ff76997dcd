package org.sanad.referrals;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.referrals.Referrals.PMC;
import static org.sanad.referrals.Referrals.TOKENS;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sanad.testing.MetricsExposition;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The metrics referrals-service's alerts read are exported from the start a court's pull of
 * its feed shows in its gauge, and the request timer carries route templates and the latency
 * objective's bucket. The exposition is written for deployment-tests' MetricsCatalogTest.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SuiteStub.class)
class MetricsExpositionTest {

    @Test
    void theMetricsTheAlertsReadAreExportedAndACourtsPullShows() throws Exception {
        long before = Instant.now().getEpochSecond();
        given().auth().oauth2(TOKENS.court(PMC)).when().get("/court/feed").then().statusCode(200);
        given().auth().oauth2(TOKENS.court(PMC)).when().get("/court/referrals/" + UUID.randomUUID()).then().statusCode(404);

        String exposition = MetricsExposition.written();

        for (String series : List.of("sanad_evidence_integrity_failures_total ",
                "sanad_key_rotation_failures_total{key=\"master\"} ",
                "sanad_key_rotation_last_success_timestamp_seconds{key=\"master\"}",
                "sanad_key_rotation_retired_keys{key=\"master\"}",
                "sanad_outbox_oldest_pending_seconds", "sanad_outbox_dead", "sanad_audit_chain_breaks")) {
            assertTrue(MetricsExposition.exports(exposition, series), "not exported: " + series);
        }
        Matcher pulled = Pattern.compile("(?m)^sanad_court_feed_last_pull_timestamp_seconds\\{court=\"" + PMC + "\"\\} (\\S+)$")
                .matcher(exposition);
        assertTrue(pulled.find(), "the court's last pull is exported");
        assertTrue(Double.parseDouble(pulled.group(1)) >= before, "the pull just made shows: " + pulled.group(1));
        assertTrue(exposition.contains("uri=\"/court/referrals/{id}\""), "the request timer names the route's template");
        assertTrue(exposition.lines().anyMatch(line -> line.startsWith("http_server_requests_seconds_bucket{")
                && line.contains("uri=\"/court/feed\"") && line.contains("le=\"1.0\"")),
                "the request timer has a bucket at the latency objective (1 s)");
        assertFalse(MetricsExposition.holdsIdentifiers(exposition), "an identifier in a label: a raw path");
    }
}
