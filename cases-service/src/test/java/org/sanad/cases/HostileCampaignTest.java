package org.sanad.cases;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.cases.Deliveries.RELAY;
import static org.sanad.cases.Deliveries.TOKENS;
import static org.sanad.cases.Deliveries.deliverToCase;
import static org.sanad.cases.Deliveries.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sanad.testing.DataFingerprint;
import org.sanad.testing.HostileCampaign;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/**
 * The generated hostile-input campaign over every operation of cases-service's committed
 * contract. The marked case is Anbar's; every caller is of another governorate, another role or
 * none. A Basra case gives Basra's investigators and supervisors a record they may act on, and
 * complaints-service's relay may deliver, so hostile values also reach the rules behind the role
 * checks.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(ComplaintsStub.class)
class HostileCampaignTest {

    private static final String MARKED_GOVERNORATE = "IQ-AN";

    @Inject
    DataSource dataSource;

    @Test
    void noHostileRequestReachesA5xxAProblemInTheWrongLanguageAnotherScopeOrAWrite() {
        String marker = "MARKER-" + UUID.randomUUID();
        String investigator = TOKENS.officer("investigator", MARKED_GOVERNORATE);
        String markedCase = deliverToCase(delivery(MARKED_GOVERNORATE, "0781 222 3344"));
        String suspectId = given().auth().oauth2(investigator).contentType(ContentType.JSON)
                .body(Map.of("displayName", "المشتبه " + marker)).when().post("/cases/" + markedCase + "/suspects")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(investigator).contentType(ContentType.JSON)
                .body(Map.of("type", "NOTE", "occurredAt", Instant.now().toString(), "details", "ملاحظة " + marker))
                .when().post("/cases/" + markedCase + "/actions").then().statusCode(201);
        String itemId = given().auth().oauth2(investigator).contentType(ContentType.JSON)
                .body(Map.of("kind", "DEVICE", "description", "هاتف " + marker, "sha256", "a".repeat(64),
                        "location", "Ramadi"))
                .when().post("/cases/" + markedCase + "/evidence").then().statusCode(201).extract().path("id");
        String basraCase = deliverToCase(delivery("IQ-BA", "0781 222 3344"));

        HostileCampaign.Report report = HostileCampaign.of("cases-service")
                .caller("nobody", null)
                .caller("a citizen", TOKENS.citizen("campaign-citizen"))
                .caller("investigator of another governorate", TOKENS.officer("investigator", "IQ-BA"))
                .caller("supervisor of another governorate", TOKENS.officer("supervisor", "IQ-BA"))
                .caller("intake officer", TOKENS.officer("intake-officer", MARKED_GOVERNORATE))
                .caller("prosecutor of another governorate", TOKENS.officer("prosecutor", "IQ-BA"))
                .caller("auditor", TOKENS.withRoles("campaign-auditor", "auditor"))
                .caller("admin", TOKENS.withRoles("campaign-admin", "admin"))
                .caller("a court system", TOKENS.court("IQ-PMC"))
                .caller("complaints-service's relay", RELAY)
                .caller("an unknown service client", TOKENS.service("campaign-client"))
                .caller("a token for complaints-service", TOKENS.forAudience("investigator-IQ-AN", "complaints-service",
                        "investigator"))
                .knownIds(List.of(markedCase, suspectId, itemId, basraCase))
                .validBody("POST /complaint-deliveries", delivery("IQ-BA", "0781 222 3344"))
                .validBody("POST /cases/{id}/actions", Map.of("type", "NOTE", "occurredAt", Instant.now().toString(),
                        "details", "طلب بيانات من المنصة"))
                .validBody("POST /cases/{id}/suspects", Map.of("displayName", "مشتبه به",
                        "identifiers", List.of(Map.of("type", "PHONE", "value", "0781 222 3344"))))
                .validBody("POST /cases/{id}/evidence", Map.of("kind", "DEVICE", "description", "هاتف",
                        "sha256", "b".repeat(64), "location", "Basra"))
                .validBody("POST /cases/{id}/evidence/{itemId}/custody", Map.of("action", "TRANSFERRED",
                        "location", "Forensic lab", "observedSha256", "b".repeat(64)))
                .validBody("POST /cases/{id}/status", Map.of("status", "INVESTIGATING"))
                .validBody("PUT /cases/{id}/assignment", Map.of("leadInvestigator", "investigator-IQ-BA"))
                .forbiddenMarker(marker)
                .state(DataFingerprint.of(dataSource, Set.of("audit_entry", "officer")))
                .requestsPerOperation(24)
                .run();

        // run() has failed already on any 5xx or other broken promise; this holds the campaign to its size
        assertTrue(report.requests() >= 500, "the campaign sent " + report.requests());
    }
}
