package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;
import static org.sanad.complaints.Fixtures.etagOf;
import static org.sanad.complaints.Fixtures.fileAs;
import static org.sanad.complaints.Fixtures.triage;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanad.complaints.jobs.StatisticsRollup;
import org.sanad.testing.ContractSchemas;
import org.sanad.testing.Problems;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class StatisticsTest {

    @Inject
    StatisticsRollup rollup;

    @Test
    void supervisorsCountTheirGovernorate() {
        Map<String, Object> instagram = complaint("IQ-DQ");
        instagram.put("platforms", List.of("INSTAGRAM", "TELEGRAM"));
        instagram.put("threatTypes", List.of("LEAK_SECRETS", "CONTACT_LIST_THREAT"));
        fileAs("stats-filer", instagram);
        fileAs("stats-filer", complaint("IQ-DQ"));
        fileAs("stats-filer", complaint("IQ-MA"));
        String month = LocalDate.now(ZoneOffset.UTC).toString().substring(0, 7);

        given().auth().oauth2(TOKENS.officer("supervisor", "IQ-DQ")).when().get("/statistics/complaints").then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("byGovernorate.key", contains("IQ-DQ"))
                .body("byPlatform.find { it.key == 'INSTAGRAM' }.count", equalTo(1))
                .body("byPlatform.find { it.key == 'FACEBOOK' }.count", equalTo(1))
                .body("byThreatType.find { it.key == 'PUBLISH_INTIMATE_IMAGES' }.count", equalTo(1))
                .body("byMonth.key", contains(month))
                .body("byMonth[0].count", equalTo(2));

        given().auth().oauth2(TOKENS.officer("supervisor", "NATIONAL")).when().get("/statistics/complaints").then()
                .statusCode(200)
                .body("total", greaterThanOrEqualTo(3))
                .body("byGovernorate.key", hasItem("IQ-MA"));
    }

    @Test
    void daysThatAreOverAreReadFromTheKeptCountsWithTheSameResult() {
        // other tests file in IQ-NA too: the counts are compared, before and after; the counts this
        // test keeps are removed after it (restoreTheMark)
        Map<String, Object> body = complaint("IQ-NA");
        body.put("platforms", List.of("TIKTOK", "SNAPCHAT"));
        fileAs("stats-rollup", body);
        fileAs("stats-rollup", complaint("IQ-NA"));
        String supervisor = TOKENS.officer("supervisor", "IQ-NA");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, Object> filed = statistics(supervisor, null, null);
        long total = ((Number) filed.get("total")).longValue();
        assertTrue(total >= 2);

        // an hour into tomorrow today is not over yet (day-closes-after: an hour and more)
        assertEquals(0, rollup.countEndedDays(today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(60)));
        assertEquals(filed, statistics(supervisor, null, null));

        Instant dayAfterTomorrow = today.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
        assertEquals(1, rollup.countEndedDays(dayAfterTomorrow), "today; tomorrow ended less than an hour before");
        assertEquals(0, rollup.countEndedDays(dayAfterTomorrow), "a day is counted once");
        assertEquals(total, keptCount(today, "GOVERNORATE", "IQ-NA"));
        assertEquals(count(filed, "byPlatform", "TIKTOK"), keptCount(today, "PLATFORM", "TIKTOK"));
        assertEquals(filed, statistics(supervisor, null, null), "the same counts, from the kept rows");
        assertEquals(filed.get("byPlatform"), statistics(supervisor, today.toString(), today.plusDays(1).toString()).get("byPlatform"));
        assertEquals(0, statistics(supervisor, today.minusDays(3).toString(), today.toString()).get("total"));
        assertEquals(total, count(statistics(TOKENS.officer("supervisor", "NATIONAL"), null, null), "byGovernorate", "IQ-NA"));

        // the kept rows are what is read for a counted day: one more there is one more in the answer
        LocalDate earlier = today.minusDays(10);
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery(
                "insert into complaint_day_count values (:day, 'IQ-NA', 'GOVERNORATE', 'IQ-NA', 5)")
                .setParameter("day", earlier).executeUpdate());
        assertEquals(total + 5, ((Number) statistics(supervisor, null, null).get("total")).longValue());
        assertEquals(5, statistics(supervisor, earlier.toString(), earlier.plusDays(1).toString()).get("total"));
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery(
                "delete from complaint_day_count where day = :day").setParameter("day", earlier).executeUpdate());
    }

    private static long count(Map<String, Object> statistics, String dimension, String key) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> counts = (List<Map<String, Object>>) statistics.get(dimension);
        return counts.stream().filter(c -> c.get("key").equals(key)).mapToLong(c -> ((Number) c.get("count")).longValue())
                .findFirst().orElse(0);
    }

    @AfterEach
    void restoreTheMark() {
        QuarkusTransaction.requiringNew().run(() -> {
            EntityManager em = Panache.getEntityManager();
            em.createNativeQuery("delete from complaint_day_count where day >= :today")
                    .setParameter("today", LocalDate.now(ZoneOffset.UTC)).executeUpdate();
            em.createNativeQuery("update complaint_day_count_mark set counted_before = least(counted_before, :today)")
                    .setParameter("today", LocalDate.now(ZoneOffset.UTC)).executeUpdate();
        });
    }

    private static Map<String, Object> statistics(String token, String from, String to) {
        var request = given().auth().oauth2(token);
        if (from != null) {
            request.queryParam("from", from);
        }
        if (to != null) {
            request.queryParam("to", to);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> statistics = request.when().get("/statistics/complaints").then().statusCode(200).extract().as(Map.class);
        return statistics;
    }

    private static long keptCount(LocalDate day, String dimension, String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("select count from complaint_day_count where day = :day and governorate = 'IQ-NA'"
                        + " and dimension = :dimension and key = :key")
                .setParameter("day", day).setParameter("dimension", dimension).setParameter("key", key)
                .getSingleResult()).longValue());
    }

    @Test
    void timeToTriageIsFromSubmissionToTheFirstDecisionWithinTheSupervisorsGovernorate() throws IOException {
        String governorate = "IQ-SD";
        // minutes to the first decision: 10, 20, 30, 40 (MEDIUM) and 100 (CRITICAL)
        String asked = triagedAfter(governorate, complaint(governorate), "UNDER_REVIEW", 10);
        triagedAfter(governorate, complaint(governorate), "REJECTED", 20);
        triagedAfter(governorate, complaint(governorate), "UNDER_REVIEW", 30);
        triagedAfter(governorate, complaint(governorate), "DUPLICATE", 40);
        Map<String, Object> atRisk = complaint(governorate);
        atRisk.put("selfHarmRisk", true);
        triagedAfter(governorate, atRisk, "UNDER_REVIEW", 100);
        // a later decision is not the first: a question a day after the first decision changes nothing
        String officer = TOKENS.officer("intake-officer", governorate);
        triage(officer, asked, etagOf(officer, asked), Map.of("outcome", "NEEDS_INFORMATION", "question", "متى بدأ التهديد؟"))
                .statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery(
                "update status_change set changed_at = changed_at + interval '1 day' where complaint_id = :id"
                        + " and to_status = 'NEEDS_INFORMATION'").setParameter("id", UUID.fromString(asked)).executeUpdate());
        // neither a complaint not yet decided nor one its filer withdrew has been triaged
        fileAs("stats-triage", complaint(governorate));
        String withdrawn = fileAs("stats-triage", complaint(governorate));
        String filer = TOKENS.citizen("stats-triage");
        given().auth().oauth2(filer).contentType(ContentType.JSON).header("If-Match", etagOf(filer, withdrawn))
                .body(Map.of("reason", "حُلّت المشكلة")).when().post("/complaints/" + withdrawn + "/withdrawal")
                .then().statusCode(200);
        // another governorate's complaint, decided after 5000 minutes
        triagedAfter("IQ-DA", complaint("IQ-DA"), "REJECTED", 5000);

        ContractSchemas contract = ContractSchemas.served();
        String own = given().auth().oauth2(TOKENS.officer("supervisor", governorate)).when().get("/statistics/complaints")
                .then().statusCode(200)
                .body("total", equalTo(7))
                .body("triaged", equalTo(5))
                .body("medianMinutesToTriage", equalTo(30.0f))
                .body("p90MinutesToTriage", equalTo(76.0f))
                .body("triageByPriority.priority", contains("CRITICAL", "MEDIUM"))
                .body("triageByPriority[0].triaged", equalTo(1))
                .body("triageByPriority[0].medianMinutes", equalTo(100.0f))
                .body("triageByPriority[0].p90Minutes", equalTo(100.0f))
                .body("triageByPriority[1].triaged", equalTo(4))
                .body("triageByPriority[1].medianMinutes", equalTo(25.0f))
                .body("triageByPriority[1].p90Minutes", equalTo(37.0f))
                .extract().asString();
        contract.assertConforms("ComplaintStatistics", own);

        given().auth().oauth2(TOKENS.officer("supervisor", "IQ-DA")).when().get("/statistics/complaints").then()
                .statusCode(200)
                .body("triaged", equalTo(1))
                .body("medianMinutesToTriage", equalTo(5000.0f))
                .body("p90MinutesToTriage", equalTo(5000.0f))
                .body("triageByPriority.priority", contains("MEDIUM"));
        given().auth().oauth2(TOKENS.officer("supervisor", "NATIONAL")).when().get("/statistics/complaints").then()
                .statusCode(200)
                .body("triaged", greaterThanOrEqualTo(6));

        // complaints submitted outside the range are not counted, however they were decided
        String none = given().auth().oauth2(TOKENS.officer("supervisor", governorate))
                .queryParam("from", "2020-01-01").queryParam("to", "2020-02-01")
                .when().get("/statistics/complaints").then().statusCode(200)
                .body("triaged", equalTo(0))
                .body("medianMinutesToTriage", nullValue())
                .body("p90MinutesToTriage", nullValue())
                .body("triageByPriority", hasSize(0))
                .extract().asString();
        contract.assertConforms("ComplaintStatistics", none);
    }

    /** Files, decides {@code outcome} and moves that first decision to {@code minutes} after the submission. */
    private static String triagedAfter(String governorate, Map<String, Object> body, String outcome, int minutes) {
        String id = fileAs("stats-triage", body);
        String officer = TOKENS.officer("intake-officer", governorate);
        Map<String, Object> decision = switch (outcome) {
            case "REJECTED" -> Map.of("outcome", outcome, "reason", "ليست قضية ابتزاز.");
            case "DUPLICATE" -> Map.of("outcome", outcome, "duplicateOf", fileAs("stats-original", complaint("IQ-BG")));
            default -> Map.of("outcome", outcome);
        };
        triage(officer, id, etagOf(officer, id), decision).statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery(
                "update status_change s set changed_at = c.submitted_at + :minutes * interval '1 minute'"
                        + " from complaint c where c.id = s.complaint_id and s.complaint_id = :id and s.from_status = 'SUBMITTED'")
                .setParameter("minutes", minutes).setParameter("id", UUID.fromString(id)).executeUpdate());
        return id;
    }

    @Test
    void theRangeIsChecked() {
        String supervisor = TOKENS.officer("supervisor", "IQ-DQ");
        given().auth().oauth2(supervisor).queryParam("from", "2020-01-01").queryParam("to", "2020-02-01")
                .when().get("/statistics/complaints").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(supervisor).queryParam("from", "2026-13-01")
                .when().get("/statistics/complaints").then().statusCode(400).body("errors.field", contains("from"));
        given().auth().oauth2(supervisor).queryParam("from", "2026-02-01").queryParam("to", "2026-01-01")
                .when().get("/statistics/complaints").then().statusCode(400).body("errors.field", contains("to"));
    }

    @Test
    void onlySupervisorsSeeStatistics() {
        for (String role : List.of("intake-officer", "investigator", "prosecutor", "auditor", "admin", "court-system")) {
            given().auth().oauth2(TOKENS.officer(role, "IQ-DQ")).when().get("/statistics/complaints").then()
                    .spec(Problems.forbidden());
        }
        given().auth().oauth2(TOKENS.citizen("stats-filer")).when().get("/statistics/complaints").then().spec(Problems.forbidden());
        given().when().get("/statistics/complaints").then().spec(Problems.unauthenticated());
    }
}
