package org.sanad.complaints.risk;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;
import static org.sanad.complaints.Fixtures.etagOf;
import static org.sanad.complaints.Fixtures.fileAs;
import static org.sanad.complaints.Fixtures.triage;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sanad.audit.AuditEntry;
import org.sanad.complaints.CasesStub;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.Escalation;
import org.sanad.complaints.domain.Priority;
import org.sanad.complaints.jobs.PriorityRefreshJob;
import org.sanad.complaints.risk.DutyAlert.Level;
import org.sanad.complaints.risk.DutyAlert.Reason;
import org.sanad.core.time.Timestamps;
import org.sanad.testing.Management;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/**
 * Triage deadlines and their escalation. Time is moved by putting a complaint's timers in the
 * past, as another replica's clock would find them, and running the job at the real time: a job
 * run in the future would escalate every other test's complaints too.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class EscalationTest {

    static final String GOVERNORATE = "IQ-KA";

    @Inject
    EscalationJob job;

    @Inject
    PriorityRefreshJob priorityRefresh;

    @Inject
    DutyAlertRecorder told;

    static String fileSelfHarm() {
        Map<String, Object> body = complaint(GOVERNORATE);
        body.put("selfHarmRisk", true);
        return fileAs("escalation-filer", body);
    }

    static Complaint load(String id) {
        return QuarkusTransaction.requiringNew().call(() -> Complaint.<Complaint> findById(UUID.fromString(id)));
    }

    /** The complaint's next escalation fell due a minute ago (and its deadline, if it is still before it). */
    static void nextEscalationPassed(String id) {
        QuarkusTransaction.requiringNew().run(() -> {
            Complaint complaint = Complaint.findById(UUID.fromString(id));
            Instant passed = Timestamps.now().minus(Duration.ofMinutes(1));
            if (complaint.escalation == Escalation.NONE) {
                complaint.triageDueAt = passed;
            }
            complaint.escalationDueAt = passed;
        });
    }

    static List<RiskAlert> alerts(String id, Level level) {
        return QuarkusTransaction.requiringNew().call(() -> RiskAlert.<RiskAlert> list(
                "complaintId = ?1 and level = ?2", UUID.fromString(id), level));
    }

    @Test
    void aCriticalComplaintGetsAnHourAndAnOverdueOneGoesToTheSupervisorOnceThenToTheNationalUnit() {
        String id = fileSelfHarm();
        Complaint filed = load(id);
        assertEquals(Priority.CRITICAL, filed.priority);
        assertEquals(filed.submittedAt.plus(Duration.ofHours(1)), filed.triageDueAt);

        nextEscalationPassed(id);
        job.escalate(Timestamps.now());
        job.escalate(Timestamps.now());

        Complaint escalated = load(id);
        assertEquals(Escalation.SUPERVISOR, escalated.escalation);
        // the national unit's window is the deadline again by default
        assertEquals(escalated.escalatedAt.plus(Duration.ofHours(1)), escalated.escalationDueAt);
        assertEquals(1, alerts(id, Level.SUPERVISOR).size());
        assertEquals(Set.of(Reason.TRIAGE_OVERDUE), alerts(id, Level.SUPERVISOR).get(0).reasons);
        assertEquals(1, told.about(id).stream().filter(alert -> alert.level() == Level.SUPERVISOR
                && alert.key().equals(EscalationJob.SUPERVISOR_KEY)).count());
        String officer = TOKENS.officer("intake-officer", GOVERNORATE);
        given().auth().oauth2(officer).when().get("/complaints/" + id).then().statusCode(200)
                .body("escalation", equalTo("SUPERVISOR")).body("triageDueAt", notNullValue());
        given().auth().oauth2(TOKENS.officer("supervisor", GOVERNORATE)).when().get("/alerts").then().statusCode(200)
                .body("items.find { it.complaintId == '" + id + "' && it.level == 'SUPERVISOR' }.reasons[0]",
                        equalTo("TRIAGE_OVERDUE"));

        nextEscalationPassed(id);
        job.escalate(Timestamps.now());
        job.escalate(Timestamps.now());

        Complaint national = load(id);
        assertEquals(Escalation.NATIONAL, national.escalation);
        assertNull(national.escalationDueAt, "nothing is left above the national unit");
        assertEquals(1, alerts(id, Level.NATIONAL).size());
        assertEquals(1, told.about(id).stream().filter(alert -> alert.level() == Level.NATIONAL).count());
        // the national unit's alert is for the national unit: the governorate's officers do not list it
        given().auth().oauth2(TOKENS.officer("supervisor", GOVERNORATE)).when().get("/alerts").then()
                .body("items.findAll { it.complaintId == '" + id + "' }.level", not(hasItem("NATIONAL")));
        given().auth().oauth2(TOKENS.officer("supervisor", "NATIONAL")).when().get("/alerts").then()
                .body("items.findAll { it.complaintId == '" + id + "' }.level", hasItem("NATIONAL"));
        assertEquals(2L, (long) QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = 'complaint.escalate' and recordId = ?1 and actorSubject = 'system'", id)));

        given().auth().oauth2(officer).queryParam("priority", "CRITICAL").when().get("/complaints").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.escalation", equalTo("NATIONAL"))
                .body("items.find { it.id == '" + id + "' }.triageDueAt", notNullValue());
        String metrics = Management.request().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("sanad_triage_escalations_total{level=\"SUPERVISOR\"}"))
                .body(containsString("sanad_triage_escalations_total{level=\"NATIONAL\"}"))
                .body(containsString("sanad_risk_alerts_total{level=\"INTAKE\",reason=\"SELF_HARM\"}"))
                .extract().asString();
        Matcher overdue = Pattern.compile("(?m)^sanad_triage_overdue\\{priority=\"CRITICAL\"\\} (\\S+)$").matcher(metrics);
        assertTrue(overdue.find(), "the overdue gauge is exported by priority");
        assertTrue(Double.parseDouble(overdue.group(1)) >= 1, "this complaint is overdue: " + overdue.group(1));
    }

    @Test
    void twoReplicasRunningTheJobAtOnceEscalateAComplaintOnce() {
        String id = fileSelfHarm();
        nextEscalationPassed(id);
        Instant now = Timestamps.now();
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> job.escalate(now));
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(() -> job.escalate(now));
        one.join();
        other.join();
        assertEquals(Escalation.SUPERVISOR, load(id).escalation);
        assertEquals(1, alerts(id, Level.SUPERVISOR).size());
        assertEquals(1, told.about(id).stream().filter(alert -> alert.level() == Level.SUPERVISOR).count());
    }

    @Test
    void aComplaintTriagedInTimeNeverEscalates() {
        String id = fileSelfHarm();
        String officer = TOKENS.officer("intake-officer", GOVERNORATE);
        triage(officer, id, etagOf(officer, id), Map.of("outcome", "UNDER_REVIEW")).statusCode(200)
                .body("triageDueAt", nullValue()).body("escalation", equalTo("NONE"));
        Complaint triaged = load(id);
        assertNull(triaged.triageDueAt);
        assertNull(triaged.escalationDueAt);

        // even long after its deadline
        job.escalate(Timestamps.now().plus(Duration.ofHours(3)));
        assertEquals(Escalation.NONE, load(id).escalation);
        assertTrue(alerts(id, Level.SUPERVISOR).isEmpty());
    }

    @Test
    void aRisingPriorityMovesTheDeadlineEarlierAndNeverLater() {
        Map<String, Object> body = complaint(GOVERNORATE);
        Instant deadline = Timestamps.now().plus(Duration.ofHours(60));
        body.put("deadline", deadline.toString());
        String id = fileAs("escalation-filer", body);
        Complaint filed = load(id);
        assertEquals(Priority.MEDIUM, filed.priority);
        assertEquals(filed.submittedAt.plus(Duration.ofHours(72)), filed.triageDueAt);

        // the deadline comes within 48 hours: HIGH, 24 hours from the rise
        Instant rise = deadline.minus(Duration.ofHours(47));
        priorityRefresh.refresh(rise);
        Complaint high = load(id);
        assertEquals(Priority.HIGH, high.priority);
        assertEquals(rise.plus(Duration.ofHours(24)), high.triageDueAt);
        assertEquals(high.triageDueAt, high.escalationDueAt);

        // the filer adds a self-harm signal, then withdraws it: CRITICAL moves it to an hour from then, LOW not back
        String filer = TOKENS.citizen("escalation-filer");
        given().auth().oauth2(filer).header("If-Match", etagOf(filer, id)).contentType(ContentType.JSON)
                .body(Map.of("selfHarmRisk", true)).when().post("/complaints/" + id + "/supplements").then()
                .statusCode(200).body("priority", equalTo("CRITICAL"));
        Instant critical = load(id).triageDueAt;
        assertTrue(critical.isBefore(Timestamps.now().plus(Duration.ofHours(1)).plusSeconds(1)));
        given().auth().oauth2(filer).header("If-Match", etagOf(filer, id)).contentType(ContentType.JSON)
                .body(Map.of("selfHarmRisk", false)).when().post("/complaints/" + id + "/supplements").then()
                .statusCode(200).body("priority", not(equalTo("CRITICAL")));
        assertEquals(critical, load(id).triageDueAt);
    }
}
