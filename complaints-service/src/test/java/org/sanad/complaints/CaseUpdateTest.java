package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;
import static org.sanad.complaints.Fixtures.etagOf;
import static org.sanad.complaints.Fixtures.triage;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sanad.testing.Problems;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class CaseUpdateTest {

    private static final String GOVERNORATE = "IQ-DI";
    private static final String OFFICER = TOKENS.officer("intake-officer", GOVERNORATE);
    private static final String CASES = TOKENS.service("cases-service");

    private static final String CASE_ID = "0b6d3f1e-7a41-4c55-9a53-5d2f7f1c0a11";

    private static ValidatableResponse announce(String token, Map<String, Object> update) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(update)
                .when().post("/case-updates").then();
    }

    private static Map<String, Object> update(String complaintId, String status, Instant at) {
        return Map.of("deliveryId", UUID.randomUUID().toString(), "caseId", CASE_ID, "caseNumber", "DI-2026-00001",
                "complaintIds", List.of(complaintId), "investigationStatus", status, "changedAt", at.toString());
    }

    @Test
    void theVictimSeesTheCaseProgressAndNothingOlderOrRepeatedChangesIt() {
        String filer = TOKENS.citizen("case-update-victim");
        String id = Fixtures.fileAs("case-update-victim", complaint(GOVERNORATE));
        triage(OFFICER, id, etagOf(OFFICER, id), Map.of("outcome", "UNDER_REVIEW")).statusCode(200);
        triage(OFFICER, id, etagOf(OFFICER, id), Map.of("outcome", "ACCEPTED")).statusCode(200);

        Instant arrest = Instant.now().plusSeconds(5);
        Map<String, Object> arrested = update(id, "ARREST_MADE", arrest);
        announce(CASES, arrested).statusCode(204);
        given().auth().oauth2(filer).when().get("/complaints/" + id).then()
                .body("investigationStatus", equalTo("ARREST_MADE"))
                .body("caseNumber", equalTo("DI-2026-00001"))
                .body("caseId", equalTo(CASE_ID));
        given().auth().oauth2(filer).when().get("/complaints/mine").then()
                .body("items[0].investigationStatus", equalTo("ARREST_MADE"));

        // an announcement from before the arrest, delivered late after retries
        announce(CASES, update(id, "INVESTIGATION_UNDER_WAY", arrest.minusSeconds(60))).statusCode(204);
        // the arrest announcement delivered again
        announce(CASES, arrested).statusCode(204);
        given().auth().oauth2(filer).when().get("/complaints/" + id).then()
                .body("investigationStatus", equalTo("ARREST_MADE"));

        given().auth().oauth2(TOKENS.withRoles("auditor-2", "auditor")).queryParam("recordId", id)
                .when().get("/audit-entries").then()
                .body("items.findAll { it.action == 'complaint.case-update' }.size()", equalTo(1));
    }

    @Test
    void anonymousVictimsSeeItThroughTracking() {
        var filed = given().contentType(ContentType.JSON).body(complaint(GOVERNORATE))
                .when().post("/anonymous-complaints").then().statusCode(201).extract();
        String id = filed.path("id");
        triage(OFFICER, id, etagOf(OFFICER, id), Map.of("outcome", "UNDER_REVIEW")).statusCode(200);
        triage(OFFICER, id, etagOf(OFFICER, id), Map.of("outcome", "ACCEPTED")).statusCode(200);
        announce(CASES, update(id, "REFERRED_TO_COURT", Instant.now().plusSeconds(5))).statusCode(204);
        given().header("X-Tracking-Secret", (String) filed.path("secret"))
                .when().get("/tracking/" + filed.path("trackingNumber")).then()
                .body("investigationStatus", equalTo("REFERRED_TO_COURT"));
        // the court's progress reaches the victim the same way, as a status without detail
        announce(CASES, update(id, "HEARING_SCHEDULED", Instant.now().plusSeconds(6))).statusCode(204);
        announce(CASES, update(id, "COURT_DECIDED", Instant.now().plusSeconds(7))).statusCode(204);
        given().header("X-Tracking-Secret", (String) filed.path("secret"))
                .when().get("/tracking/" + filed.path("trackingNumber")).then()
                .body("investigationStatus", equalTo("COURT_DECIDED"));
    }

    @Test
    void onlyServiceClientsAnnounce() {
        Map<String, Object> body = update(UUID.randomUUID().toString(), "CLOSED", Instant.now());
        for (String token : List.of(OFFICER, TOKENS.citizen("c"), TOKENS.withRoles("a", "admin"),
                TOKENS.officer("investigator", GOVERNORATE), TOKENS.service("referrals-service"),
                TOKENS.withRoles("service-account-x", "service-client"))) {
            announce(token, body).spec(Problems.forbidden());
        }
        given().contentType(ContentType.JSON).body(body).when().post("/case-updates").then().spec(Problems.unauthenticated());
        announce(CASES, Map.of("deliveryId", UUID.randomUUID().toString())).statusCode(400);
        // unknown complaints are acknowledged, so the sender's outbox does not retry forever
        announce(CASES, body).statusCode(204);
    }
}
