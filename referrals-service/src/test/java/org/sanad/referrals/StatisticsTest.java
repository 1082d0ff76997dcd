package org.sanad.referrals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanad.referrals.Referrals.TOKENS;
import static org.sanad.referrals.Referrals.draft;
import static org.sanad.referrals.Referrals.reply;
import static org.sanad.referrals.Referrals.stubCase;
import static org.sanad.referrals.Referrals.submit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanad.referrals.jobs.UnrecordedOutcomes;
import org.sanad.testing.Problems;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;

/** Supervisors' and prosecutors' counts of referrals, in Nineveh, which no other test uses, so they are exact. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SuiteStub.class)
class StatisticsTest {

    private static final String GOVERNORATE = "IQ-NI";
    private static final String COURT = "IQ-NI-INV";
    private static final String PROSECUTOR = TOKENS.officer("prosecutor", GOVERNORATE);
    private static final String SUPERVISOR = TOKENS.officer("supervisor", GOVERNORATE);
    private static boolean referred;

    @Inject
    UnrecordedOutcomes unrecordedOutcomes;

    @BeforeEach
    void refer() {
        if (referred) {
            return;
        }
        // decided: one defendant convicted of one charge, acquitted of the other
        String decided = submittedTo(COURT);
        reply(COURT, decided, "receipt", Map.of("version", 1)).statusCode(200);
        reply(COURT, decided, "review", Map.of("version", 1, "outcome", "ACCEPTED")).statusCode(200);
        reply(COURT, decided, "hearings", Map.of("version", 1, "scheduledFor", Instant.now().plusSeconds(86_400).toString(),
                "chamber", "Chamber 1")).statusCode(200);
        String suspectId = given().auth().oauth2(PROSECUTOR).when().get("/referrals/" + decided).then().statusCode(200)
                .extract().path("defendants[0].suspectId");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        reply(COURT, decided, "decision", Map.of("version", 1, "decidedOn", today, "verdicts", List.of(
                Map.of("suspectId", suspectId, "statuteCode", "IQ-PC-430", "outcome", "CONVICTED", "sentence", "3 years"),
                Map.of("suspectId", suspectId, "statuteCode", "IQ-PC-452", "outcome", "ACQUITTED")))).statusCode(200);
        // returned by the Publishing and Media Court
        String returned = submittedTo(Referrals.PMC);
        reply(Referrals.PMC, returned, "receipt", Map.of("version", 1)).statusCode(200);
        reply(Referrals.PMC, returned, "review", Map.of("version", 1, "outcome", "RETURNED", "reasons",
                List.of(Map.of("item", "summary", "reason", "The expert's report on the phone is missing.")))).statusCode(200);
        // a draft is not submitted; another governorate's referral is not counted here
        draft(PROSECUTOR, stubCase(GOVERNORATE).draft(COURT)).statusCode(201);
        String kirkuk = TOKENS.officer("prosecutor", "IQ-KI");
        String elsewhere = draft(kirkuk, stubCase("IQ-KI").draft("IQ-KI-INV")).statusCode(201).extract().path("id");
        submit(elsewhere, kirkuk).statusCode(200);
        referred = true;
    }

    @Test
    void aSupervisorCountsTheReferralsOfTheirGovernorateAndWhatTheCourtsDidWithThem() {
        String month = LocalDate.now(ZoneOffset.UTC).toString().substring(0, 7);
        for (String token : List.of(SUPERVISOR, PROSECUTOR)) {
            statistics(token, null, null).statusCode(200)
                    .body("submitted", equalTo(2))
                    .body("submittedByMonth.key", contains(month))
                    .body("submittedByMonth[0].count", equalTo(2))
                    .body("submittedByGovernorate.key", contains(GOVERNORATE))
                    .body("submittedByCourt.find { it.key == 'IQ-NI-INV' }.count", equalTo(1))
                    .body("submittedByCourt.find { it.key == 'IQ-PMC' }.count", equalTo(1))
                    .body("submittedByStatus.find { it.key == 'DECIDED' }.count", equalTo(1))
                    .body("submittedByStatus.find { it.key == 'RETURNED' }.count", equalTo(1))
                    .body("returned", equalTo(1))
                    .body("decisions", equalTo(1))
                    .body("verdictsByOutcome.find { it.key == 'CONVICTED' }.count", equalTo(1))
                    .body("verdictsByOutcome.find { it.key == 'ACQUITTED' }.count", equalTo(1))
                    .body("verdictsByOutcome.size()", equalTo(2));
        }
        statistics(SUPERVISOR, "2021-01-01", "2021-02-01").statusCode(200)
                .body("from", equalTo("2021-01-01T00:00:00Z"))
                .body("submitted", equalTo(0)).body("decisions", equalTo(0)).body("returned", equalTo(0))
                .body("verdictsByOutcome", equalTo(List.of()));
    }

    @Test
    void aBasraSupervisorCountsNoneOfThemANationalOneCountsAll() {
        statistics(TOKENS.officer("supervisor", "IQ-BA"), null, null).statusCode(200)
                .body("submittedByGovernorate.key", everyItem(equalTo("IQ-BA")))
                .body("submittedByCourt.key", not(hasItem(COURT)));
        statistics(TOKENS.officer("supervisor", "IQ-KI"), null, null).statusCode(200)
                .body("submitted", equalTo(1)).body("decisions", equalTo(0)).body("submittedByCourt.key", contains("IQ-KI-INV"));
        statistics(TOKENS.officer("prosecutor", "NATIONAL"), null, null).statusCode(200)
                .body("submittedByGovernorate.find { it.key == 'IQ-NI' }.count", equalTo(2))
                .body("submittedByGovernorate.key", hasItem("IQ-KI"));
    }

    @Test
    void repliesRecordedBeforeTheirOutcomesWereKeptAreCountedTheSame() {
        Map<String, Object> before = statistics(SUPERVISOR, null, null).statusCode(200).extract().as(Map.class);
        int forgotten = QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager().createNativeQuery(
                "update court_reply set outcomes = null where referral_id in (select id from referral where governorate = :g)")
                .setParameter("g", GOVERNORATE).executeUpdate());
        assertEquals(0, statistics(SUPERVISOR, null, null).extract().<Integer> path("returned"));
        assertEquals(3, unrecordedOutcomes.recordAll(), "of " + forgotten + " replies, the two reviews and the decision");
        assertEquals(0, unrecordedOutcomes.recordAll());
        assertEquals(before, statistics(SUPERVISOR, null, null).statusCode(200).extract().as(Map.class));
    }

    @Test
    void theRangeIsChecked() {
        statistics(SUPERVISOR, "2026-02-30", null).spec(Problems.of(400, "validation")).body("errors.field", contains("from"));
        statistics(SUPERVISOR, null, "soon").spec(Problems.of(400, "validation")).body("errors.field", contains("to"));
        given().auth().oauth2(PROSECUTOR).header("Accept-Language", "ar").queryParam("from", "2026-03-01")
                .queryParam("to", "2026-02-01").when().get("/statistics/referrals").then()
                .spec(Problems.of(400, "validation")).body("errors.field", contains("to"))
                .body("errors[0].message", equalTo("يجب أن تأتي نهاية المدة بعد بدايتها."));
    }

    @Test
    void onlySupervisorsAndProsecutorsSeeStatistics() {
        for (String role : List.of("intake-officer", "investigator", "auditor", "admin")) {
            given().auth().oauth2(TOKENS.officer(role, GOVERNORATE)).when().get("/statistics/referrals").then()
                    .spec(Problems.forbidden());
        }
        given().auth().oauth2(TOKENS.court(COURT)).when().get("/statistics/referrals").then().spec(Problems.forbidden());
        given().auth().oauth2(TOKENS.citizen("stats-citizen")).when().get("/statistics/referrals").then().spec(Problems.forbidden());
        given().when().get("/statistics/referrals").then().spec(Problems.unauthenticated());
    }

    private static String submittedTo(String court) {
        String id = draft(PROSECUTOR, stubCase(GOVERNORATE).draft(court)).statusCode(201).extract().path("id");
        submit(id, PROSECUTOR).statusCode(200);
        return id;
    }

    private static ValidatableResponse statistics(String token, String from, String to) {
        var request = given().auth().oauth2(token);
        if (from != null) {
            request.queryParam("from", from);
        }
        if (to != null) {
            request.queryParam("to", to);
        }
        return request.when().get("/statistics/referrals").then();
    }
}
