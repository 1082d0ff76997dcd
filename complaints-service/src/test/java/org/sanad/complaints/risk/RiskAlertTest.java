package org.sanad.complaints.risk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;
import static org.sanad.complaints.Fixtures.victimOf;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sanad.audit.AuditEntry;
import org.sanad.complaints.CasesStub;
import org.sanad.complaints.risk.DutyAlert.Level;
import org.sanad.complaints.risk.DutyAlert.Reason;
import org.sanad.testing.Problems;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** A filing at risk reaches the people on duty at once, and the alert is theirs to acknowledge. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class RiskAlertTest {

    static final String BAGHDAD = "IQ-BG";
    static final String BASRA = "IQ-BA";

    @Inject
    DutyAlertRecorder told;

    static ValidatableResponse fileAsCitizen(Map<String, Object> body, String language) {
        return given().auth().oauth2(TOKENS.citizen("risk-filer")).header("Accept-Language", language)
                .contentType(ContentType.JSON).body(body).when().post("/complaints").then().statusCode(201);
    }

    static Map<String, Object> selfHarm(String governorate) {
        Map<String, Object> body = complaint(governorate);
        body.put("selfHarmRisk", true);
        return body;
    }

    static List<RiskAlert> alertsOf(String complaintId) {
        return QuarkusTransaction.requiringNew().call(() -> RiskAlert.<RiskAlert> list(
                "complaintId = ?1 order by raisedAt", UUID.fromString(complaintId)));
    }

    @Test
    void aSelfHarmFilingAlertsTheGovernoratesDutyAndAnswersWithTheHelpLinesSelfHarmFirst() {
        ValidatableResponse filed = fileAsCitizen(selfHarm(BAGHDAD), "en")
                .body("riskSignals", contains("SELF_HARM"))
                .body("helpLines[0].forSelfHarm", equalTo(true))
                .body("helpLines[0].id", equalTo("emergency"))
                .body("helpLines[1].labels.en", equalTo("Community police"))
                .body("helpLines[1].labels.ar", nullValue());
        String id = filed.extract().path("id");

        List<RiskAlert> alerts = alertsOf(id);
        assertEquals(1, alerts.size());
        assertEquals(Level.INTAKE, alerts.get(0).level);
        assertEquals(Set.of(Reason.SELF_HARM), alerts.get(0).reasons);
        assertEquals(BAGHDAD, alerts.get(0).governorate);
        assertEquals(List.of(new DutyAlert(UUID.fromString(id), filed.extract().path("trackingNumber"), BAGHDAD,
                Level.INTAKE, Set.of(Reason.SELF_HARM), RiskAlerts.FILED)), told.about(id));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = 'risk-alert.raise' and recordType = 'risk-alert' and recordId = ?1 and actorSubject = 'system'",
                alerts.get(0).id.toString())));

        given().auth().oauth2(TOKENS.officer("intake-officer", BAGHDAD)).when().get("/alerts").then().statusCode(200)
                .body("items.find { it.complaintId == '" + id + "' }.level", equalTo("INTAKE"))
                .body("items.find { it.complaintId == '" + id + "' }.priority", equalTo("CRITICAL"))
                .body("items.find { it.complaintId == '" + id + "' }.reasons", contains("SELF_HARM"))
                .body("items.find { it.complaintId == '" + id + "' }.triageDueAt", notNullValue());
    }

    @Test
    void anAnonymousFilingForAMinorAlertsTooAndHasTheHelpLinesInTheFilersLanguage() {
        Map<String, Object> body = complaint(BAGHDAD);
        victimOf(body).put("ageBand", "UNDER_15");
        victimOf(body).put("minor", true);
        String id = given().header("Accept-Language", "ckb, ar;q=0.5").contentType(ContentType.JSON).body(body)
                .when().post("/anonymous-complaints").then().statusCode(201)
                .body("riskSignals", contains("MINOR_VICTIM"))
                .body("helpLines[0].forSelfHarm", equalTo(true))
                .body("helpLines[1].labels.ckb", equalTo("پۆلیسی کۆمەڵگا"))
                .body("helpLines[1].labels.size()", equalTo(1))
                .extract().path("id");
        assertEquals(Set.of(Reason.MINOR_VICTIM), alertsOf(id).get(0).reasons);
        assertEquals(1, told.about(id).size());
    }

    @Test
    void aDeadlineWithinADayAlerts() {
        Map<String, Object> body = complaint(BAGHDAD);
        body.put("deadline", Instant.now().plus(Duration.ofHours(20)).toString());
        String id = fileAsCitizen(body, "ar").body("riskSignals", contains("DEADLINE_WITHIN_24H"))
                .body("helpLines[1].labels.ar", equalTo("الشرطة المجتمعية")).extract().path("id");
        assertEquals(Set.of(Reason.DEADLINE_WITHIN_24H), alertsOf(id).get(0).reasons);

        Map<String, Object> later = complaint(BAGHDAD);
        later.put("deadline", Instant.now().plus(Duration.ofHours(30)).toString());
        String notYet = fileAsCitizen(later, "ar").body("$", not(hasKey("riskSignals")))
                .extract().path("id");
        assertTrue(alertsOf(notYet).isEmpty());
    }

    @Test
    void aFilingWithoutARiskSignalAlertsNoOneAndCarriesNoHelpLines() {
        String id = fileAsCitizen(complaint(BAGHDAD), "en")
                .body("$", not(hasKey("helpLines")))
                .body("$", not(hasKey("riskSignals")))
                .body("complaint.escalation", equalTo("NONE"))
                .body("complaint.triageDueAt", notNullValue())
                .extract().path("id");
        assertTrue(alertsOf(id).isEmpty());
        assertTrue(told.about(id).isEmpty());
    }

    @Test
    void aSupplementThatAddsASignalAlertsForItOnce() {
        String id = fileAsCitizen(complaint(BAGHDAD), "en").extract().path("id");
        String filer = TOKENS.citizen("risk-filer");
        for (int i = 0; i < 2; i++) {
            String etag = given().auth().oauth2(filer).when().get("/complaints/" + id).then().extract().header("ETag");
            given().auth().oauth2(filer).header("If-Match", etag).contentType(ContentType.JSON)
                    .body(Map.of("selfHarmRisk", true, "text", "لم أعد أحتمل")).when().post("/complaints/" + id + "/supplements")
                    .then().statusCode(200).body("priority", equalTo("CRITICAL"));
        }
        List<RiskAlert> alerts = alertsOf(id);
        assertEquals(1, alerts.size(), "the signal was added once");
        assertEquals("risk-added-SELF_HARM", alerts.get(0).key);
        assertEquals(Set.of(Reason.SELF_HARM), alerts.get(0).reasons);
        assertEquals(List.of("risk-added-SELF_HARM"), told.about(id).stream().map(DutyAlert::key).toList());
    }

    @Test
    void anOfficerSeesAndAcknowledgesOnlyTheAlertsOfTheirGovernorateAndOnlyOnce() {
        String basra = fileAsCitizen(selfHarm(BASRA), "en").extract().path("id");
        String alert = alertsOf(basra).get(0).id.toString();
        String baghdadOfficer = TOKENS.officer("intake-officer", BAGHDAD);
        String basraOfficer = TOKENS.officer("intake-officer", BASRA);

        given().auth().oauth2(baghdadOfficer).when().get("/alerts").then().statusCode(200)
                .body("items.complaintId", not(hasItem(basra)))
                .body("items.governorate", everyItem(equalTo(BAGHDAD)));
        given().auth().oauth2(baghdadOfficer).queryParam("governorate", BASRA)
                .when().get("/alerts").then().spec(Problems.of(403, "forbidden"));
        given().auth().oauth2(baghdadOfficer).when().post("/alerts/" + alert + "/acknowledgement")
                .then().spec(Problems.of(403, "forbidden"));
        given().auth().oauth2(TOKENS.citizen("risk-filer")).when().get("/alerts").then().spec(Problems.of(403, "forbidden"));
        given().auth().oauth2(basraOfficer).when()
                .post("/alerts/" + UUID.randomUUID() + "/acknowledgement").then().spec(Problems.of(404, "not-found"));

        given().auth().oauth2(TOKENS.officer("supervisor", "NATIONAL")).when().get("/alerts").then().statusCode(200)
                .body("items.complaintId", hasItem(basra));
        given().auth().oauth2(basraOfficer).when().post("/alerts/" + alert + "/acknowledgement").then().statusCode(200)
                .body("acknowledgedBy", equalTo("intake-officer-" + BASRA))
                .body("acknowledgedAt", notNullValue());
        given().auth().oauth2(TOKENS.officer("supervisor", BASRA)).when()
                .post("/alerts/" + alert + "/acknowledgement").then().spec(Problems.of(409, "conflict"));

        given().auth().oauth2(basraOfficer).when().get("/alerts").then().statusCode(200)
                .body("items.id", not(hasItem(alert)));
        given().auth().oauth2(TOKENS.officer("supervisor", BASRA)).queryParam("acknowledged", "true")
                .when().get("/alerts").then().statusCode(200)
                .body("items.find { it.id == '" + alert + "' }.acknowledgedBy", equalTo("intake-officer-" + BASRA));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = 'risk-alert.acknowledge' and recordId = ?1 and outcome = 'SUCCESS'", alert)));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = 'risk-alert.acknowledge' and recordId = ?1 and outcome = 'DENIED'", alert)));
    }

    @Test
    void ofTwoOfficersAcknowledgingAtOnceOneIsToldTheOtherDid() {
        String id = fileAsCitizen(selfHarm(BASRA), "en").extract().path("id");
        String alert = alertsOf(id).get(0).id.toString();
        List<CompletableFuture<Integer>> both = List.of("intake-officer", "supervisor").stream()
                .map(role -> CompletableFuture.supplyAsync(() -> given().auth().oauth2(TOKENS.officer(role, BASRA))
                        .when().post("/alerts/" + alert + "/acknowledgement").then().extract().statusCode()))
                .toList();
        assertEquals(List.of(200, 409), both.stream().map(CompletableFuture::join).sorted().toList());
    }

    @Test
    void theAlertsArePagedNewestFirstWithoutGapsOrRepeats() {
        String officer = TOKENS.officer("supervisor", "IQ-QA");
        for (int i = 0; i < 3; i++) {
            fileAsCitizen(selfHarm("IQ-QA"), "en");
        }
        var first = given().auth().oauth2(officer).queryParam("limit", 2).when().get("/alerts").then().statusCode(200);
        List<String> firstIds = first.extract().path("items.id");
        List<String> firstTimes = first.extract().path("items.raisedAt");
        String next = first.extract().path("next");
        List<String> secondIds = given().auth().oauth2(officer).queryParam("limit", 2).queryParam("after", next)
                .when().get("/alerts").then().statusCode(200).extract().path("items.id");
        assertEquals(2, firstIds.size());
        assertTrue(Instant.parse(firstTimes.get(0)).compareTo(Instant.parse(firstTimes.get(1))) >= 0);
        assertTrue(secondIds.stream().noneMatch(firstIds::contains));
        given().auth().oauth2(officer).queryParam("after", "not-a-cursor").when().get("/alerts")
                .then().spec(Problems.of(400, "validation"));
    }
}
