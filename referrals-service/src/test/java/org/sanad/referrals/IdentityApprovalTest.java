package org.sanad.referrals;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.referrals.Referrals.BAGHDAD_INV;
import static org.sanad.referrals.Referrals.GOVERNORATE;
import static org.sanad.referrals.Referrals.PMC;
import static org.sanad.referrals.Referrals.PROSECUTOR;
import static org.sanad.referrals.Referrals.TOKENS;
import static org.sanad.referrals.Referrals.askIdentity;
import static org.sanad.referrals.Referrals.stubCase;
import static org.sanad.referrals.Referrals.submitted;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sanad.referrals.domain.IdentityRequest;
import org.sanad.testing.Problems;
import org.sanad.testing.ServiceStub;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Where a prosecutor approves each identity request first, and a court may make a few a day. */
@QuarkusTest
@TestProfile(IdentityApprovalProfile.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SuiteStub.class)
class IdentityApprovalTest {

    private static ValidatableResponse decide(String token, String referralId, String requestId, boolean approved) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("approved", approved, "note", "Checked against the court's order"))
                .when().post("/referrals/" + referralId + "/identity-requests/" + requestId + "/decision").then();
    }

    private static ValidatableResponse disclosure(String court, String referralId, String requestId) {
        return given().auth().oauth2(TOKENS.court(court)).when()
                .post("/court/referrals/" + referralId + "/identity-requests/" + requestId + "/disclosure").then();
    }

    @Test
    void aRequestWaitsForTheProsecutorAndTheCourtFetchesTheIdentityOnceApproved() {
        Referrals.StubbedCase stubbed = stubCase(GOVERNORATE);
        Referrals.stubDisclosures(stubbed);
        String id = submitted(stubbed, PMC);
        String requestId = askIdentity(PMC, id, "VICTIM-1").statusCode(202)
                .header("Location", matchesPattern(".*/court/referrals/" + id + "/identity-requests/[0-9a-f-]{36}"))
                .body("status", equalTo("AWAITING_APPROVAL")).extract().path("id");
        UUID complaintId = stubbed.complaintIds().get(0);
        ServiceStub.server().verify(0, postRequestedFor(urlEqualTo("/complaints/" + complaintId + "/victim-disclosures")));
        disclosure(PMC, id, requestId).spec(Problems.of(409, "conflict"));

        // only a prosecutor of the referral's governorate decides
        decide(TOKENS.court(PMC), id, requestId, true).spec(Problems.forbidden());
        decide(TOKENS.officer("prosecutor", "IQ-BA"), id, requestId, true).spec(Problems.forbidden());
        decide(TOKENS.officer("supervisor", GOVERNORATE), id, requestId, true).spec(Problems.forbidden());
        decide(PROSECUTOR, id, UUID.randomUUID().toString(), true).spec(Problems.notFound());
        decide(PROSECUTOR, id, requestId, true).statusCode(200).body("status", equalTo("APPROVED"))
                .body("decisionNote", equalTo("Checked against the court's order"));
        decide(PROSECUTOR, id, requestId, false).spec(Problems.of(409, "already-decided"));

        given().auth().oauth2(TOKENS.court(PMC)).when().get("/court/referrals/" + id + "/identity-requests/" + requestId)
                .then().statusCode(200).body("status", equalTo("APPROVED"));
        // only the court that asked fetches it, once
        disclosure(BAGHDAD_INV, id, requestId).spec(Problems.notFound());
        given().auth().oauth2(PROSECUTOR).when()
                .post("/court/referrals/" + id + "/identity-requests/" + requestId + "/disclosure").then()
                .spec(Problems.forbidden());
        disclosure(PMC, id, requestId).statusCode(200).body("pseudonym", equalTo("VICTIM-1"))
                .body("name", equalTo("زينب علي"));
        disclosure(PMC, id, requestId).spec(Problems.of(409, "conflict"));
        ServiceStub.server().verify(1, postRequestedFor(urlEqualTo("/complaints/" + complaintId + "/victim-disclosures")));
    }

    @Test
    void aRefusedRequestDisclosesNothing() {
        Referrals.StubbedCase stubbed = stubCase(GOVERNORATE);
        Referrals.stubDisclosures(stubbed);
        String id = submitted(stubbed, PMC);
        String requestId = askIdentity(PMC, id, "VICTIM-2").statusCode(202).extract().path("id");
        decide(PROSECUTOR, id, requestId, false).statusCode(200).body("status", equalTo("REFUSED"));
        disclosure(PMC, id, requestId).spec(Problems.of(409, "conflict"));
        ServiceStub.server().verify(0, postRequestedFor(
                urlEqualTo("/complaints/" + stubbed.complaintIds().get(1) + "/victim-disclosures")));
    }

    @Test
    void aCourtMakesAtMostTheConfiguredNumberOfRequestsInADay() {
        Referrals.StubbedCase stubbed = stubCase(GOVERNORATE);
        String id = submitted(stubbed, BAGHDAD_INV);
        for (int i = 0; i < IdentityApprovalProfile.PER_COURT_PER_DAY; i++) {
            askIdentity(BAGHDAD_INV, id, "VICTIM-1").statusCode(202);
        }
        String retryAfter = askIdentity(BAGHDAD_INV, id, "VICTIM-2").spec(Problems.of(429, "too-many-requests"))
                .extract().header("Retry-After");
        long seconds = Long.parseLong(retryAfter);
        assertTrue(seconds > 86_000 && seconds <= 86_400, "the oldest request frees up in a day: " + seconds);
        assertEquals(IdentityApprovalProfile.PER_COURT_PER_DAY, (long) QuarkusTransaction.requiringNew()
                .call(() -> IdentityRequest.count("referralId", UUID.fromString(id))), "a refused request is not counted");
        // another court is counted on its own
        askIdentity(PMC, submitted(stubCase(GOVERNORATE), PMC), "VICTIM-1").statusCode(202);
    }
}
