package org.sanad.referrals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.referrals.Referrals.BAGHDAD_INV;
import static org.sanad.referrals.Referrals.GOVERNORATE;
import static org.sanad.referrals.Referrals.PMC;
import static org.sanad.referrals.Referrals.PROSECUTOR;
import static org.sanad.referrals.Referrals.TOKENS;
import static org.sanad.referrals.Referrals.askIdentity;
import static org.sanad.referrals.Referrals.stubCase;
import static org.sanad.referrals.Referrals.submitted;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.sanad.audit.AuditEntry;
import org.sanad.handoff.OutboxEvent;
import org.sanad.referrals.domain.IdentityRequest;
import org.sanad.testing.Problems;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/** The rules on a court's requests for a victim's identity that hold without a prosecutor's approval. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SuiteStub.class)
class IdentityRequestsTest {

    @Inject
    EntityManager entityManager;

    private static long requests(String referralId) {
        return QuarkusTransaction.requiringNew().call(() -> IdentityRequest.count("referralId", UUID.fromString(referralId)));
    }

    @Test
    void noIdentityIsDisclosedForAClosedReferral() {
        Referrals.StubbedCase stubbed = stubCase(GOVERNORATE);
        Referrals.stubDisclosures(stubbed);
        String id = Referrals.decided(stubbed, PMC);
        // decided, not yet closed: the court may still ask (a sentence may need the victim)
        askIdentity(PMC, id, "VICTIM-1").statusCode(200);
        given().auth().oauth2(PROSECUTOR).header("If-Match", Referrals.etag(id)).when().post("/referrals/" + id + "/closure")
                .then().statusCode(200);

        askIdentity(PMC, id, "VICTIM-2").spec(Problems.of(409, "conflict"));
        given().auth().oauth2(TOKENS.court(PMC)).header("Accept-Language", "ar").contentType(ContentType.JSON)
                .body(Map.of("reason", "The victim must be summoned to testify at the hearing."))
                .when().post("/court/referrals/" + id + "/victims/VICTIM-2/identity").then()
                .spec(Problems.of(409, "conflict")).header("Content-Language", "ar");
        assertEquals(1, requests(id), "a refused request is not recorded");
        assertEquals(2L, (long) QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = 'victim.identity.request' and recordId = ?1 and outcome = 'DENIED'", id)));
    }

    @Test
    void anIdentityIsNeverKeptToBeReplayedAnIdempotencyKeyOnARequestIsIgnored() {
        Referrals.StubbedCase stubbed = stubCase(GOVERNORATE);
        Referrals.stubDisclosures(stubbed);
        String id = submitted(stubbed, PMC);
        long stored = storedAnswers();
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(TOKENS.court(PMC)).header("Idempotency-Key", "identity-" + id)
                    .contentType(ContentType.JSON).body(Map.of("reason", "The victim must be summoned to testify."))
                    .when().post("/court/referrals/" + id + "/victims/VICTIM-1/identity").then().statusCode(200)
                    .header("Idempotent-Replayed", nullValue()).body("name", equalTo("زينب علي"));
        }
        assertEquals(2, requests(id), "each request is recorded and counted");
        assertEquals(stored, storedAnswers(), "no answer holding an identity is stored");
    }

    private long storedAnswers() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM idempotency_record").getSingleResult()).longValue());
    }

    @Test
    void everyDisclosureIsEnteredOnTheCaseTimelineForItsSupervisor() {
        Referrals.StubbedCase stubbed = stubCase(GOVERNORATE);
        Referrals.stubDisclosures(stubbed);
        String id = submitted(stubbed, PMC);
        askIdentity(PMC, id, "VICTIM-2").statusCode(200).body("name", equalTo("زينب علي"));

        List<String> told = QuarkusTransaction.requiringNew().call(() -> OutboxEvent
                .<OutboxEvent> list("aggregateId = ?1 and type = 'court-progress' order by createdAt", id).stream()
                .map(e -> e.payload).toList());
        assertEquals(2, told.size(), "the submission, then the disclosure");
        String disclosure = told.get(1);
        assertTrue(disclosure.contains("\"step\":\"IDENTITY_DISCLOSED\""), disclosure);
        assertTrue(disclosure.contains(stubbed.complaintIds().get(1).toString()), "names the victim's complaint for the case");
        assertTrue(disclosure.contains("summoned to testify"), "carries the court's reason");
        assertFalse(disclosure.contains("زينب"), "never the identity itself");
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = 'victim.identity.disclose' and recordId = ?1 and outcome = 'SUCCESS'", id)));
    }

    @Test
    void theReferralsProsecutorsListTheRequestsAndNobodyElse() {
        Referrals.StubbedCase stubbed = stubCase(GOVERNORATE);
        Referrals.stubDisclosures(stubbed);
        String id = submitted(stubbed, PMC);
        askIdentity(PMC, id, "VICTIM-1").statusCode(200);

        given().auth().oauth2(PROSECUTOR).when().get("/referrals/" + id + "/identity-requests").then().statusCode(200)
                .body("$", hasSize(1)).body("pseudonym", contains("VICTIM-1")).body("status", contains("DISCLOSED"))
                .body("reason", contains("The victim must be summoned to testify at the hearing."));
        given().auth().oauth2(TOKENS.officer("prosecutor", "IQ-BA")).when().get("/referrals/" + id + "/identity-requests")
                .then().spec(Problems.forbidden());
        given().auth().oauth2(TOKENS.court(PMC)).when().get("/referrals/" + id + "/identity-requests").then()
                .spec(Problems.forbidden());
        given().auth().oauth2(TOKENS.officer("investigator", GOVERNORATE)).when()
                .get("/referrals/" + id + "/identity-requests").then().spec(Problems.forbidden());
    }

    @Test
    void withoutApprovalRequiredThereIsNothingForAProsecutorToDecide() {
        Referrals.StubbedCase stubbed = stubCase(GOVERNORATE);
        Referrals.stubDisclosures(stubbed);
        String id = submitted(stubbed, PMC);
        askIdentity(PMC, id, "VICTIM-1").statusCode(200);
        String requestId = given().auth().oauth2(PROSECUTOR).when().get("/referrals/" + id + "/identity-requests")
                .then().extract().path("[0].id");
        given().auth().oauth2(PROSECUTOR).contentType(ContentType.JSON).body(Map.of("approved", true))
                .when().post("/referrals/" + id + "/identity-requests/" + requestId + "/decision").then()
                .spec(Problems.of(409, "already-decided"));
        // and a disclosed request is not disclosed a second time
        given().auth().oauth2(TOKENS.court(PMC)).when()
                .post("/court/referrals/" + id + "/identity-requests/" + requestId + "/disclosure").then()
                .spec(Problems.of(409, "conflict"));
        given().auth().oauth2(TOKENS.court(BAGHDAD_INV)).when()
                .get("/court/referrals/" + id + "/identity-requests/" + requestId).then().spec(Problems.notFound());
    }
}
