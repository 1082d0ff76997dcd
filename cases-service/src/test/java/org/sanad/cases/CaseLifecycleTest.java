package org.sanad.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.cases.Deliveries.TOKENS;
import static org.sanad.cases.Deliveries.deliverToCase;
import static org.sanad.cases.Deliveries.delivery;
import static org.sanad.cases.Deliveries.etag;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sanad.handoff.OutboxEvent;
import org.sanad.testing.Problems;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(ComplaintsStub.class)
class CaseLifecycleTest {

    private static final String GOVERNORATE = "IQ-KA";
    private static final String INVESTIGATOR = TOKENS.officer("investigator", GOVERNORATE);
    private static final String SUPERVISOR = TOKENS.officer("supervisor", GOVERNORATE);

    private static ValidatableResponse status(String token, String caseId, Map<String, Object> change) {
        return given().auth().oauth2(token).header("If-Match", etag(INVESTIGATOR, caseId)).contentType(ContentType.JSON)
                .body(change).when().post("/cases/" + caseId + "/status").then();
    }

    private static String caseIn(String status) {
        String caseId = deliverToCase(delivery(GOVERNORATE, "0780 000 0000"));
        List<String> order = List.of("OPEN", "INVESTIGATING", "SUSPECT_IDENTIFIED", "ARREST_MADE");
        for (String step : order.subList(1, order.indexOf(status) + 1)) {
            status(INVESTIGATOR, caseId, Map.of("status", step)).statusCode(200);
        }
        return caseId;
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "OPEN, INVESTIGATING, 200", "OPEN, SUSPECT_IDENTIFIED, 409", "OPEN, ARREST_MADE, 409",
            "INVESTIGATING, SUSPECT_IDENTIFIED, 200", "INVESTIGATING, OPEN, 409",
            "SUSPECT_IDENTIFIED, ARREST_MADE, 200", "SUSPECT_IDENTIFIED, REFERRED, 409",
            "ARREST_MADE, REFERRED, 409", "ARREST_MADE, INVESTIGATING, 409", "ARREST_MADE, DECIDED, 409",
    })
    void statusMovesOneStepForward(String from, String to, int expected) {
        String caseId = caseIn(from);
        ValidatableResponse response = status(INVESTIGATOR, caseId, Map.of("status", to)).statusCode(expected);
        if (expected == 409) {
            response.body("type", equalTo("urn:sanad:problem:illegal-transition"));
        }
    }

    @Test
    void closingNeedsAReasonAndIsFinal() {
        String caseId = caseIn("INVESTIGATING");
        status(INVESTIGATOR, caseId, Map.of("status", "CLOSED")).statusCode(400)
                .body("errors[0].field", equalTo("closureReason"));
        status(INVESTIGATOR, caseId, Map.of("status", "REFERRED", "closureReason", "OTHER")).statusCode(400);
        status(INVESTIGATOR, caseId, Map.of("status", "CLOSED", "closureReason", "VICTIM_WITHDREW", "note", "سحبت"))
                .statusCode(200).body("closureReason", equalTo("VICTIM_WITHDREW"));
        status(INVESTIGATOR, caseId, Map.of("status", "CLOSED", "closureReason", "OTHER")).statusCode(409);
        given().auth().oauth2(INVESTIGATOR).contentType(ContentType.JSON)
                .body(Map.of("type", "NOTE", "occurredAt", Instant.now().toString(), "details", "x"))
                .when().post("/cases/" + caseId + "/actions").then().statusCode(409);
    }

    @Test
    void staleOrMissingVersionsAreRefused() {
        String caseId = caseIn("OPEN");
        String stale = etag(INVESTIGATOR, caseId);
        status(INVESTIGATOR, caseId, Map.of("status", "INVESTIGATING")).statusCode(200);
        given().auth().oauth2(INVESTIGATOR).header("If-Match", stale).contentType(ContentType.JSON)
                .body(Map.of("status", "SUSPECT_IDENTIFIED")).when().post("/cases/" + caseId + "/status").then()
                .statusCode(412);
        given().auth().oauth2(INVESTIGATOR).contentType(ContentType.JSON)
                .body(Map.of("status", "SUSPECT_IDENTIFIED")).when().post("/cases/" + caseId + "/status").then()
                .statusCode(428);
    }

    @Test
    void supervisorsAssignAndTheSameGenderRequestIsVisible() {
        Map<String, Object> body = delivery(GOVERNORATE, "0780 000 0001");
        body.put("requestedOfficerGender", "FEMALE");
        String caseId = deliverToCase(body);
        // investigators are known to the directory once they have used the service
        String zainab = TOKENS.namedOfficer("investigator-zainab", "زينب الموسوي", "FEMALE", "investigator", GOVERNORATE);
        String ali = TOKENS.namedOfficer("investigator-ali", "Ali Hassan", "MALE", "investigator", GOVERNORATE);
        for (String investigator : List.of(zainab, ali)) {
            given().auth().oauth2(investigator).when().get("/cases/" + caseId).then().statusCode(200);
        }
        given().auth().oauth2(SUPERVISOR).queryParam("role", "investigator").when().get("/officers").then()
                .statusCode(200)
                .body("items.displayName", hasItems("Ali Hassan", "زينب الموسوي"))
                .body("items.find { it.subject == 'investigator-zainab' }.gender", equalTo("FEMALE"))
                .body("items.governorate", everyItem(equalTo(GOVERNORATE)));
        given().auth().oauth2(INVESTIGATOR).when().get("/officers").then().spec(Problems.forbidden());
        given().auth().oauth2(SUPERVISOR).queryParam("role", "citizen").when().get("/officers").then()
                .statusCode(400).body("errors[0].field", equalTo("role"));

        Map<String, Object> assignment = Map.of("leadInvestigator", "investigator-zainab",
                "owningUnit", "Cybercrime Karbala");
        given().auth().oauth2(SUPERVISOR).header("If-Match", etag(SUPERVISOR, caseId)).contentType(ContentType.JSON)
                .body(assignment).when().put("/cases/" + caseId + "/assignment").then()
                .statusCode(200)
                .body("leadInvestigator", equalTo("investigator-zainab"))
                .body("leadInvestigatorName", equalTo("زينب الموسوي"))
                .body("leadInvestigatorGender", equalTo("FEMALE"))
                .body("genderPreferenceHonoured", equalTo(true));
        given().auth().oauth2(SUPERVISOR).header("If-Match", etag(SUPERVISOR, caseId)).contentType(ContentType.JSON)
                .body(Map.of("leadInvestigator", "someone-never-seen")).when().put("/cases/" + caseId + "/assignment")
                .then().statusCode(400).body("errors[0].field", equalTo("leadInvestigator"));
        given().auth().oauth2(SUPERVISOR).header("If-Match", etag(SUPERVISOR, caseId)).contentType(ContentType.JSON)
                .body(Map.of("leadInvestigator", "investigator-ali"))
                .when().put("/cases/" + caseId + "/assignment").then()
                .statusCode(200).body("genderPreferenceHonoured", equalTo(false))
                .body("owningUnit", equalTo("Cybercrime Karbala"));
        given().auth().oauth2(INVESTIGATOR).header("If-Match", etag(SUPERVISOR, caseId)).contentType(ContentType.JSON)
                .body(assignment).when().put("/cases/" + caseId + "/assignment").then().spec(Problems.forbidden());
        given().auth().oauth2(TOKENS.officer("supervisor", "IQ-BG")).header("If-Match", etag(SUPERVISOR, caseId))
                .contentType(ContentType.JSON).body(assignment).when().put("/cases/" + caseId + "/assignment").then()
                .spec(Problems.forbidden());

        given().auth().oauth2(SUPERVISOR).queryParam("assignee", "investigator-ali").when().get("/cases").then()
                .body("items.id", equalTo(List.of(caseId)));
    }

    @Test
    void anArrestNeedsItsFactsMovesTheCaseAndIsAnnouncedToTheVictims() {
        String caseId = caseIn("INVESTIGATING");
        given().auth().oauth2(INVESTIGATOR).contentType(ContentType.JSON)
                .body(Map.of("type", "ARREST", "occurredAt", Instant.now().toString()))
                .when().post("/cases/" + caseId + "/actions").then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("place", "unit", "suspectId")));
        // an action has happened, in the investigation's lifetime: not tomorrow, not twenty years ago
        for (Instant when : new Instant[] { Instant.now().plusSeconds(86_400), Instant.now().minusSeconds(20L * 366 * 86_400) }) {
            given().auth().oauth2(INVESTIGATOR).contentType(ContentType.JSON)
                    .body(Map.of("type", "NOTE", "occurredAt", when.toString(), "details", "x"))
                    .when().post("/cases/" + caseId + "/actions").then()
                    .statusCode(400).body("errors.field", equalTo(List.of("occurredAt")));
        }

        String suspectId = given().auth().oauth2(INVESTIGATOR).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Suspect K")).when().post("/cases/" + caseId + "/suspects").then()
                .statusCode(201).extract().path("id");
        Map<String, Object> arrest = new HashMap<>(Map.of("type", "ARREST", "occurredAt", Instant.now().toString(),
                "place", "حي الحسين، كربلاء", "unit", "Cybercrime Karbala", "suspectId", suspectId,
                "details", "كمين بعد موعد اللقاء"));
        given().auth().oauth2(INVESTIGATOR).contentType(ContentType.JSON).body(arrest)
                .when().post("/cases/" + caseId + "/actions").then()
                .statusCode(201).body("type", equalTo("ARREST")).body("suspectId", equalTo(suspectId));

        given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + caseId).then().body("status", equalTo("ARREST_MADE"));
        List<String> announced = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent> list(
                "aggregateId = ?1 order by createdAt", caseId).stream().map(e -> e.payload).toList());
        assertTrue(announced.get(announced.size() - 1).contains("\"investigationStatus\":\"ARREST_MADE\""));
        assertTrue(announced.stream().noneMatch(p -> p.contains("كمين")), "no operational detail leaves the case");

        given().auth().oauth2(TOKENS.officer("supervisor", GOVERNORATE)).contentType(ContentType.JSON).body(arrest)
                .when().post("/cases/" + caseId + "/actions").then().spec(Problems.forbidden());
        arrest.put("suspectId", java.util.UUID.randomUUID().toString());
        given().auth().oauth2(INVESTIGATOR).contentType(ContentType.JSON).body(arrest)
                .when().post("/cases/" + caseId + "/actions").then().statusCode(400);
    }

    @Test
    void listsAreScopedFilteredSearchableInArabicAndKeysetPaged() {
        String note = deliverToCase(delivery("IQ-DA", "0790 000 0001"));
        String duhokInvestigator = TOKENS.officer("investigator", "IQ-DA");
        given().auth().oauth2(duhokInvestigator).contentType(ContentType.JSON)
                .body(Map.of("type", "NOTE", "occurredAt", Instant.now().toString(),
                        "details", "الضحية أكّدت أنّ المبتز طلب إرسال صورٍ إضافية")).when()
                .post("/cases/" + note + "/actions").then().statusCode(201);
        for (int i = 0; i < 4; i++) {
            deliverToCase(delivery("IQ-DA", "0790 000 100" + i));
        }
        // folded search: no diacritics, أ written as ا
        given().auth().oauth2(duhokInvestigator).queryParam("q", "اكدت ان المبتز").when().get("/cases").then()
                .statusCode(200).body("items.id", equalTo(List.of(note)));
        // by its number, however the officer types its letters; within the scope only
        String number = given().auth().oauth2(duhokInvestigator).when().get("/cases/" + note).then().statusCode(200)
                .extract().path("caseNumber");
        given().auth().oauth2(duhokInvestigator).queryParam("number", " " + number.toLowerCase() + " ").when().get("/cases")
                .then().statusCode(200).body("items.id", equalTo(List.of(note)));
        given().auth().oauth2(TOKENS.officer("investigator", "IQ-BA")).queryParam("number", number).when().get("/cases")
                .then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(duhokInvestigator).queryParam("number", "X".repeat(33)).when().get("/cases").then()
                .statusCode(400);

        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            var request = given().auth().oauth2(duhokInvestigator).queryParam("limit", 2);
            if (after != null) {
                request.queryParam("after", after);
            }
            var page = request.when().get("/cases").then().statusCode(200).extract();
            seen.addAll(page.path("items.id"));
            after = page.path("next");
        } while (after != null);
        assertEquals(5, seen.size());
        assertEquals(5, seen.stream().distinct().count());

        given().auth().oauth2(duhokInvestigator).queryParam("governorate", "IQ-BG").when().get("/cases").then()
                .spec(Problems.forbidden());
        given().auth().oauth2(TOKENS.officer("investigator", "NATIONAL")).queryParam("governorate", "IQ-DA")
                .queryParam("status", "OPEN").when().get("/cases").then().statusCode(200).body("items", hasSize(5));
        given().auth().oauth2(duhokInvestigator).queryParam("status", "SOMEDAY").when().get("/cases").then()
                .statusCode(400);
        given().auth().oauth2(TOKENS.officer("investigator", "IQ-BG")).when().get("/cases/" + note).then()
                .spec(Problems.forbidden());
        for (String role : List.of("prosecutor", "court-system", "auditor", "admin", "citizen", "intake-officer")) {
            given().auth().oauth2(TOKENS.officer(role, "IQ-DA")).when().get("/cases").then().spec(Problems.forbidden());
            given().auth().oauth2(TOKENS.officer(role, "IQ-DA")).when().get("/cases/" + note).then().spec(Problems.forbidden());
        }
        given().when().get("/cases").then().spec(Problems.unauthenticated());
        given().auth().oauth2(TOKENS.withRoles("auditor-1", "auditor")).queryParam("recordId", note)
                .when().get("/audit-entries").then().statusCode(200)
                .body("items.action", hasItem("case.read"))
                .body("items.outcome", hasItem("DENIED"));
    }

    @Test
    void everyReadOfACasesTimelineSuspectsFlagsAndEvidenceIsAudited() {
        String caseId = deliverToCase(delivery(GOVERNORATE, "0780 000 0042"));
        for (String part : List.of("actions", "suspects", "correlations", "evidence")) {
            given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + caseId + "/" + part).then().statusCode(200);
        }
        given().auth().oauth2(TOKENS.officer("investigator", "IQ-BG")).when().get("/cases/" + caseId + "/suspects")
                .then().spec(Problems.forbidden());
        List<Map<String, Object>> entries = given().auth().oauth2(TOKENS.withRoles("auditor-1", "auditor"))
                .queryParam("recordId", caseId).when().get("/audit-entries").then().statusCode(200).extract().path("items");
        assertEquals(List.of("case.suspect.list:DENIED", "evidence.list:SUCCESS", "case.correlation.list:SUCCESS",
                "case.suspect.list:SUCCESS", "case.timeline.read:SUCCESS"),
                entries.stream().filter(e -> List.of("case.timeline.read", "case.suspect.list", "case.correlation.list",
                        "evidence.list").contains(e.get("action"))).map(e -> e.get("action") + ":" + e.get("outcome")).toList());
    }
}
