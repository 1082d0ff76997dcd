package org.sanad.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.sanad.cases.Deliveries.TOKENS;
import static org.sanad.cases.Deliveries.deliverToCase;
import static org.sanad.cases.Deliveries.delivery;
import static org.sanad.cases.Deliveries.etag;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanad.audit.AuditEntry;
import org.sanad.testing.Problems;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/** The prosecutor's list of the cases to refer (GET /cases/referable), in Al-Qadisiyyah, which no other test uses. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(ComplaintsStub.class)
class ReferableCasesTest {

    private static final String GOVERNORATE = "IQ-QA";
    private static final String INVESTIGATOR = TOKENS.officer("investigator", GOVERNORATE);
    private static final String PROSECUTOR = TOKENS.officer("prosecutor", GOVERNORATE);

    @Test
    void aProsecutorListsTheCasesOfTheirGovernorateFromASuspectIdentifiedOnButNotClosed() {
        String trackingNumber = "IQ-2026-QQ7R-REFR";
        Map<String, Object> delivery = delivery(GOVERNORATE, "0773 400 0001");
        delivery.put("trackingNumber", trackingNumber);
        String open = deliverToCase(delivery);
        String identified = deliverToCase(delivery(GOVERNORATE, "0773 400 0002"));
        move(identified, "INVESTIGATING");
        move(identified, "SUSPECT_IDENTIFIED");
        String arrested = deliverToCase(delivery(GOVERNORATE, "0773 400 0003"));
        arrest(arrested);
        String closed = deliverToCase(delivery(GOVERNORATE, "0773 400 0004"));
        arrest(closed);
        given().auth().oauth2(INVESTIGATOR).header("If-Match", etag(INVESTIGATOR, closed)).contentType(ContentType.JSON)
                .body(Map.of("status", "CLOSED", "closureReason", "VICTIM_WITHDREW")).when()
                .post("/cases/" + closed + "/status").then().statusCode(200);

        String page = given().auth().oauth2(PROSECUTOR).when().get("/cases/referable").then().statusCode(200)
                .body("items.id", containsInAnyOrder(identified, arrested))
                .body("items.find { it.id == '" + arrested + "' }.status", equalTo("ARREST_MADE"))
                .body("items.find { it.id == '" + arrested + "' }.suspects", equalTo(1))
                .body("items.find { it.id == '" + arrested + "' }.arrests", equalTo(1))
                .body("items.find { it.id == '" + identified + "' }.status", equalTo("SUSPECT_IDENTIFIED"))
                .body("items.find { it.id == '" + identified + "' }.arrests", equalTo(0))
                .body("items[0]", not(hasKey("title")))
                .body("next", nullValue())
                .extract().asString();
        assertFalse(page.contains(open) || page.contains(closed) || page.contains(trackingNumber), page);

        // most recently changed first, a page at a time
        String next = given().auth().oauth2(PROSECUTOR).queryParam("limit", 1).when().get("/cases/referable").then()
                .statusCode(200).body("items.id", contains(arrested)).body("next", notNullValue()).extract().path("next");
        given().auth().oauth2(PROSECUTOR).queryParam("limit", 1).queryParam("after", next).when().get("/cases/referable")
                .then().statusCode(200).body("items.id", contains(identified)).body("next", nullValue());

        assertEquals(3, QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = 'case.referable.list' and recordId = ?1 and outcome = 'SUCCESS'", GOVERNORATE)));
    }

    @Test
    void anotherGovernoratesCasesAreNotListedNorAskedFor() {
        // in Najaf, which no other test uses, so that the list above stays exact
        String najaf = "IQ-NA";
        String arrested = deliverToCase(delivery(najaf, "0773 400 0005"));
        arrest(arrested, TOKENS.officer("investigator", najaf));
        String baghdad = TOKENS.officer("prosecutor", "IQ-BG");
        String page = given().auth().oauth2(baghdad).when().get("/cases/referable").then().statusCode(200)
                .extract().asString();
        assertFalse(page.contains(arrested), page);
        given().auth().oauth2(baghdad).queryParam("governorate", najaf).when().get("/cases/referable").then()
                .spec(Problems.forbidden());
        given().auth().oauth2(TOKENS.officer("prosecutor", "NATIONAL")).queryParam("governorate", najaf)
                .when().get("/cases/referable").then().statusCode(200)
                .body("items.id", hasItem(arrested));
    }

    @Test
    void badInputIsAProblem() {
        given().auth().oauth2(PROSECUTOR).queryParam("after", "not-a-cursor").when().get("/cases/referable").then()
                .spec(Problems.of(400, "validation")).body("errors.field", contains("after"));
        given().auth().oauth2(TOKENS.officer("prosecutor", "NATIONAL")).queryParam("governorate", "XX-YY").when()
                .get("/cases/referable").then().spec(Problems.of(400, "validation")).body("errors.field", contains("governorate"));
        given().auth().oauth2(PROSECUTOR).queryParam("limit", 0).when().get("/cases/referable").then().statusCode(400);
    }

    @Test
    void onlyProsecutorsListCasesToRefer() {
        for (String role : List.of("intake-officer", "investigator", "supervisor", "auditor", "admin", "court-system")) {
            given().auth().oauth2(TOKENS.officer(role, GOVERNORATE)).when().get("/cases/referable").then()
                    .spec(Problems.forbidden());
        }
        given().auth().oauth2(TOKENS.citizen("referable-citizen")).when().get("/cases/referable").then().spec(Problems.forbidden());
        given().when().get("/cases/referable").then().spec(Problems.unauthenticated());
        // the full lists and the cases themselves stay closed to prosecutors
        given().auth().oauth2(PROSECUTOR).when().get("/cases").then().spec(Problems.forbidden());
    }

    private static void move(String caseId, String status) {
        given().auth().oauth2(INVESTIGATOR).header("If-Match", etag(INVESTIGATOR, caseId)).contentType(ContentType.JSON)
                .body(Map.of("status", status)).when().post("/cases/" + caseId + "/status").then().statusCode(200);
    }

    private static void arrest(String caseId) {
        arrest(caseId, INVESTIGATOR);
    }

    private static void arrest(String caseId, String investigator) {
        String suspectId = given().auth().oauth2(investigator).contentType(ContentType.JSON)
                .body(Map.of("displayName", "ح. ك.", "aliases", List.of("referable_suspect")))
                .when().post("/cases/" + caseId + "/suspects").then().statusCode(201).extract().path("id");
        given().auth().oauth2(investigator).contentType(ContentType.JSON)
                .body(Map.of("type", "ARREST", "occurredAt", Instant.now().minusSeconds(600).toString(), "place",
                        "Diwaniyah", "unit", "Cybercrime unit", "suspectId", suspectId))
                .when().post("/cases/" + caseId + "/actions").then().statusCode(201);
    }
}
