package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;
import static org.sanad.complaints.Fixtures.etagOf;
import static org.sanad.complaints.Fixtures.fileAs;
import static org.sanad.complaints.Fixtures.triage;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.sanad.complaints.service.EvidenceRetention;
import org.sanad.testing.Problems;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/**
 * Intimate evidence is purged once its retention period has passed after the complaint was
 * rejected or withdrawn, unless a supervisor holds it; a purge keeps the record, the hash and the
 * custody log, and two replicas purging at once purge each file once.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class EvidenceRetentionTest {

    private static final String GOVERNORATE = "IQ-KI";
    private static final String OFFICER = TOKENS.officer("intake-officer", GOVERNORATE);
    private static final String SUPERVISOR = TOKENS.officer("supervisor", GOVERNORATE);
    /** Past the default retention of 180 days. */
    private static final Duration LATER = Duration.ofDays(181);

    @Inject
    EvidenceRetention retention;

    @Inject
    EntityManager entityManager;

    private static String evidenceOf(String subject, String complaintId) {
        return given().auth().oauth2(TOKENS.citizen(subject)).contentType("text/plain").queryParam("fileName", "chat.txt")
                .body("تهديد".getBytes(StandardCharsets.UTF_8)).when().post("/complaints/" + complaintId + "/evidence")
                .then().statusCode(201).extract().path("id");
    }

    private static String rejected(String subject) {
        String id = fileAs(subject, complaint(GOVERNORATE));
        evidenceOf(subject, id);
        triage(OFFICER, id, etagOf(OFFICER, id), Map.of("outcome", "UNDER_REVIEW")).statusCode(200);
        triage(OFFICER, id, etagOf(OFFICER, id), Map.of("outcome", "REJECTED", "reason", "ليست ابتزازاً")).statusCode(200);
        return id;
    }

    private long storedObjects(String complaintId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM evidence e JOIN evidence_object o ON o.id = e.object_id WHERE e.complaint_id = :id")
                .setParameter("id", UUID.fromString(complaintId)).getSingleResult()).longValue());
    }

    @Test
    void aRejectedComplaintsEvidenceIsPurgedAfterItsRetentionKeepingHashSizeAndCustody() {
        String id = rejected("citizen-retention");
        String evidenceId = given().auth().oauth2(OFFICER).when().get("/complaints/" + id + "/evidence").then()
                .extract().path("items[0].id");
        String sha256 = given().auth().oauth2(OFFICER).when().get("/complaints/" + id + "/evidence").then()
                .extract().path("items[0].sha256");

        retention.purgeDue(Instant.now());
        assertEquals(1, storedObjects(id), "not yet due");

        retention.purgeDue(Instant.now().plus(LATER));
        assertEquals(0, storedObjects(id));
        given().auth().oauth2(OFFICER).when().get("/complaints/" + id + "/evidence").then().statusCode(200)
                .body("items[0].sha256", equalTo(sha256)).body("items[0].sizeBytes", equalTo(10))
                .body("items[0].purgedAt", notNullValue());
        given().auth().oauth2(OFFICER).header("Accept-Language", "ar").when()
                .get("/complaints/" + id + "/evidence/" + evidenceId + "/content").then()
                .spec(Problems.of(410, "evidence-purged")).body("detail", startsWith("حُذف هذا الملف"));
        given().auth().oauth2(OFFICER).when().get("/complaints/" + id + "/evidence/" + evidenceId + "/custody").then()
                .statusCode(200).body("items.action", contains("RECEIVED", "PURGED"))
                .body("items[1].actorSubject", equalTo("system")).body("items[1].sha256", equalTo(sha256))
                .body("items[1].note", startsWith("retention: REJECTED since"));
        given().auth().oauth2(TOKENS.officer("auditor", "NATIONAL")).queryParam("recordId", evidenceId).when()
                .get("/audit-entries").then().statusCode(200)
                .body("items.findAll { it.action == 'evidence.purge' }.actorSubject", contains("system"));
    }

    @Test
    void aLegalHoldKeepsTheEvidenceUntilItIsReleased() {
        String id = rejected("citizen-held");
        String hold = "/complaints/" + id + "/legal-hold";
        given().auth().oauth2(SUPERVISOR).when().get(hold).then().spec(Problems.notFound());
        given().auth().oauth2(SUPERVISOR).contentType(ContentType.JSON).body(Map.of("reason", "طعن قائم أمام المحكمة"))
                .when().put(hold).then().statusCode(200).body("placedBy", equalTo("supervisor-IQ-KI"))
                .body("reason", equalTo("طعن قائم أمام المحكمة"));

        retention.purgeDue(Instant.now().plus(LATER));
        assertEquals(1, storedObjects(id), "held");
        given().auth().oauth2(OFFICER).when().get(hold).then().statusCode(200).body("placedAt", notNullValue());

        given().auth().oauth2(SUPERVISOR).when().delete(hold).then().statusCode(204);
        given().auth().oauth2(SUPERVISOR).when().delete(hold).then().statusCode(204);
        retention.purgeDue(Instant.now().plus(LATER));
        assertEquals(0, storedObjects(id), "released, then purged");
        given().auth().oauth2(TOKENS.officer("auditor", "NATIONAL")).queryParam("recordId", id).when()
                .get("/audit-entries").then().statusCode(200)
                .body("items.action.findAll { it.startsWith('legal-hold') }", contains("legal-hold.release", "legal-hold.place"));
    }

    @Test
    void onlyASupervisorOfTheGovernorateSetsOrReleasesAHoldAndAReasonIsRequired() {
        String id = fileAs("citizen-hold-roles", complaint(GOVERNORATE));
        String hold = "/complaints/" + id + "/legal-hold";
        Map<String, String> body = Map.of("reason", "أمر قضائي");
        for (String token : List.of(OFFICER, TOKENS.officer("investigator", GOVERNORATE),
                TOKENS.officer("supervisor", "IQ-BG"), TOKENS.citizen("citizen-hold-roles"))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().put(hold).then()
                    .spec(Problems.forbidden());
            given().auth().oauth2(token).when().delete(hold).then().spec(Problems.forbidden());
        }
        given().auth().oauth2(SUPERVISOR).contentType(ContentType.JSON).body(Map.of("reason", " ")).when().put(hold)
                .then().statusCode(400).body("errors.field", contains("reason"));
        given().auth().oauth2(TOKENS.citizen("citizen-hold-roles")).when().get(hold).then().spec(Problems.forbidden());
        given().auth().oauth2(SUPERVISOR).when().get("/complaints/" + UUID.randomUUID() + "/legal-hold").then()
                .spec(Problems.notFound());
        given().auth().oauth2(TOKENS.officer("supervisor", "NATIONAL")).contentType(ContentType.JSON).body(body).when()
                .put(hold).then().statusCode(200);
    }

    @Test
    void aWithdrawnComplaintIsPurgedToo() {
        String subject = "citizen-withdrawn-retention";
        String id = fileAs(subject, complaint(GOVERNORATE));
        evidenceOf(subject, id);
        String filer = TOKENS.citizen(subject);
        given().auth().oauth2(filer).header("If-Match", etagOf(filer, id)).contentType(ContentType.JSON)
                .body(Map.of("reason", "تم حل المشكلة")).when().post("/complaints/" + id + "/withdrawal").then()
                .statusCode(200);
        retention.purgeDue(Instant.now().plus(LATER));
        assertEquals(0, storedObjects(id));
        // an open complaint's evidence is never purged, however old
        String open = fileAs(subject, complaint(GOVERNORATE));
        evidenceOf(subject, open);
        retention.purgeDue(Instant.now().plus(Duration.ofDays(3650)));
        assertEquals(1, storedObjects(open));
        given().auth().oauth2(OFFICER).when().get("/complaints/" + open + "/evidence").then()
                .body("items[0].purgedAt", nullValue());
    }

    private static void caseUpdate(String complaintId, String status, Instant at, boolean held) {
        given().auth().oauth2(TOKENS.service("cases-service")).contentType(ContentType.JSON)
                .body(Map.of("deliveryId", UUID.randomUUID().toString(), "caseId", UUID.randomUUID().toString(),
                        "caseNumber", "KI-2026-00001", "complaintIds", List.of(complaintId), "investigationStatus", status,
                        "changedAt", at.toString(), "evidenceHeld", held))
                .when().post("/case-updates").then().statusCode(204);
    }

    @Test
    void anAcceptedComplaintsEvidenceIsKeptWhileItsCaseIsOpenOrHeldAndPurgedAfterTheCaseCloses() {
        String subject = "citizen-case-retention";
        String id = fileAs(subject, complaint(GOVERNORATE));
        evidenceOf(subject, id);
        triage(OFFICER, id, etagOf(OFFICER, id), Map.of("outcome", "UNDER_REVIEW")).statusCode(200);
        triage(OFFICER, id, etagOf(OFFICER, id), Map.of("outcome", "ACCEPTED")).statusCode(200);
        Instant opened = Instant.now();
        caseUpdate(id, "INVESTIGATION_UNDER_WAY", opened, false);
        retention.purgeDue(Instant.now().plus(Duration.ofDays(3650)));
        assertEquals(1, storedObjects(id), "the case is open");

        Instant closed = opened.plusSeconds(1);
        caseUpdate(id, "CLOSED", closed, true);
        retention.purgeDue(Instant.now().plus(LATER));
        assertEquals(1, storedObjects(id), "the case is held in cases-service");

        // the release is later news of the closed case: the clock still runs from the closing
        caseUpdate(id, "CLOSED", closed.plus(Duration.ofDays(100)), false);
        retention.purgeDue(closed.plus(LATER));
        assertEquals(0, storedObjects(id));
    }

    @Test
    void twoReplicasPurgingAtOnceRecordEachPurgeOnce() throws Exception {
        List<String> ids = List.of(rejected("citizen-replica-1"), rejected("citizen-replica-2"), rejected("citizen-replica-3"));
        Callable<Integer> replica = () -> retention.purgeDue(Instant.now().plus(LATER));
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = replicas.invokeAll(List.of(replica, replica));
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            replicas.shutdown();
        }
        for (String id : ids) {
            assertEquals(0, storedObjects(id));
            long purges = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                    "SELECT count(*) FROM custody_event c JOIN evidence e ON e.id = c.evidence_id "
                            + "WHERE e.complaint_id = :id AND c.action = 'PURGED'").setParameter("id", UUID.fromString(id))
                    .getSingleResult()).longValue());
            assertEquals(1, purges, id);
        }
    }
}
