package org.sanad.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.cases.Deliveries.TOKENS;
import static org.sanad.cases.Deliveries.deliverToCase;
import static org.sanad.cases.Deliveries.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.sanad.cases.jobs.EvidencePurgeJob;
import org.sanad.handoff.OutboxEvent;
import org.sanad.testing.Problems;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/**
 * The files extracted into a case are purged once its retention period has passed after the case
 * was closed, unless a supervisor holds them; the hold is told to complaints-service.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(ComplaintsStub.class)
class CaseRetentionTest {

    private static final String GOVERNORATE = "IQ-KA";
    private static final String INVESTIGATOR = TOKENS.officer("investigator", GOVERNORATE);
    private static final String SUPERVISOR = TOKENS.officer("supervisor", GOVERNORATE);
    private static final Duration LATER = Duration.ofDays(181);

    @Inject
    EvidencePurgeJob purgeJob;

    @Inject
    EntityManager entityManager;

    /** A closed case with one extracted file; answers the case and the item. */
    private static String[] closedCaseWithAFile(String phone) {
        String caseId = deliverToCase(delivery(GOVERNORATE, phone));
        String itemId = given().auth().oauth2(INVESTIGATOR).contentType("text/plain").queryParam("fileName", "chat.txt")
                .body("محادثة".getBytes(StandardCharsets.UTF_8)).when().post("/cases/" + caseId + "/evidence/files")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(INVESTIGATOR).header("If-Match", Deliveries.etag(INVESTIGATOR, caseId))
                .contentType(ContentType.JSON).body(Map.of("status", "CLOSED", "closureReason", "NO_SUSPECT_FOUND"))
                .when().post("/cases/" + caseId + "/status").then().statusCode(200);
        return new String[] { caseId, itemId };
    }

    private long storedObjects(String caseId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM evidence_item i JOIN evidence_object o ON o.id = i.object_id WHERE i.case_id = :id")
                .setParameter("id", UUID.fromString(caseId)).getSingleResult()).longValue());
    }

    private List<String> announcements(String caseId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent> list(
                "aggregateId = ?1 order by createdAt", caseId).stream().map(e -> e.payload).toList());
    }

    @Test
    void aClosedCasesFilesArePurgedAfterTheirRetentionKeepingHashAndCustody() {
        String[] closed = closedCaseWithAFile("0780 444 0001");
        String item = "/cases/" + closed[0] + "/evidence/" + closed[1];
        String sha256 = given().auth().oauth2(INVESTIGATOR).when().get(item).then().extract().path("sha256");

        purgeJob.purgeDue(Instant.now());
        assertEquals(1, storedObjects(closed[0]), "not yet due");
        purgeJob.purgeDue(Instant.now().plus(LATER));
        assertEquals(0, storedObjects(closed[0]));

        given().auth().oauth2(INVESTIGATOR).when().get(item).then().statusCode(200)
                .body("sha256", equalTo(sha256)).body("purgedAt", notNullValue());
        given().auth().oauth2(INVESTIGATOR).header("Accept-Language", "ar").when().post(item + "/verification").then()
                .spec(Problems.of(410, "evidence-purged"));
        given().auth().oauth2(INVESTIGATOR).when().get(item + "/custody").then().statusCode(200)
                .body("items.action", contains("RECEIVED", "PURGED")).body("items[1].actorSubject", equalTo("system"));
    }

    @Test
    void aHeldCaseKeepsItsFilesAndComplaintsServiceIsToldOfTheHoldAndItsRelease() {
        String[] closed = closedCaseWithAFile("0780 444 0002");
        String hold = "/cases/" + closed[0] + "/legal-hold";
        given().auth().oauth2(INVESTIGATOR).contentType(ContentType.JSON).body(Map.of("reason", "طعن"))
                .when().put(hold).then().spec(Problems.forbidden());
        given().auth().oauth2(TOKENS.officer("supervisor", "IQ-BG")).contentType(ContentType.JSON)
                .body(Map.of("reason", "طعن")).when().put(hold).then().spec(Problems.forbidden());
        given().auth().oauth2(SUPERVISOR).contentType(ContentType.JSON).body(Map.of("reason", "طعن قائم"))
                .when().put(hold).then().statusCode(200).body("placedBy", equalTo("supervisor-IQ-KA"));
        List<String> sent = announcements(closed[0]);
        assertTrue(sent.get(sent.size() - 1).contains("\"evidenceHeld\":true"), sent.get(sent.size() - 1));

        purgeJob.purgeDue(Instant.now().plus(LATER));
        assertEquals(1, storedObjects(closed[0]), "held");
        given().auth().oauth2(INVESTIGATOR).when().get(hold).then().statusCode(200).body("reason", equalTo("طعن قائم"));

        given().auth().oauth2(SUPERVISOR).when().delete(hold).then().statusCode(204);
        sent = announcements(closed[0]);
        assertTrue(sent.get(sent.size() - 1).contains("\"evidenceHeld\":false"), sent.get(sent.size() - 1));
        given().auth().oauth2(INVESTIGATOR).when().get(hold).then().spec(Problems.notFound());
        purgeJob.purgeDue(Instant.now().plus(LATER));
        assertEquals(0, storedObjects(closed[0]));
    }

    @Test
    void anOpenCasesFilesAreNeverPurged() {
        String caseId = deliverToCase(delivery(GOVERNORATE, "0780 444 0003"));
        given().auth().oauth2(INVESTIGATOR).contentType("text/plain").queryParam("fileName", "chat.txt")
                .body("محادثة".getBytes(StandardCharsets.UTF_8)).when().post("/cases/" + caseId + "/evidence/files")
                .then().statusCode(201);
        purgeJob.purgeDue(Instant.now().plus(Duration.ofDays(3650)));
        assertEquals(1, storedObjects(caseId));
    }
}
