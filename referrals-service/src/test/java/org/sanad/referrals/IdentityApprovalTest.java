package org.sanad.referrals;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
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

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sanad.referrals.domain.IdentityRequest;
import org.sanad.testing.DatabaseScan;
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

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    private static final String COURT_OF_ITS_OWN = "IQ-BA-INV";

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
    void aRequestWaitsForTheProsecutorAndTheCourtFetchesTheIdentityOnceApproved() throws SQLException {
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
        // the prosecutor's note and the court's reason are stored encrypted only
        assertEquals(List.of(), DatabaseScan.tablesHolding(jdbcUrl, "Checked against the court's order"));
        assertEquals(List.of(), DatabaseScan.tablesHolding(jdbcUrl, "summoned to testify"));
    }

    @Test
    void twoFetchesOfOneApprovedRequestAtOnceGiveTheIdentityOnce() throws Exception {
        // Basra's court, which no other test here asks as, so the day's limit of each stays theirs
        Referrals.StubbedCase stubbed = stubCase("IQ-BA");
        UUID complaintId = stubbed.complaintIds().get(0);
        // complaints-service answers slowly, so both fetches are under way before either is answered
        ServiceStub.server().stubFor(post(urlEqualTo("/complaints/" + complaintId + "/victim-disclosures"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withFixedDelay(1500)
                        .withBody("{\"name\":\"زينب علي\",\"minor\":false,\"disclosedAt\":\"2026-11-25T10:00:00Z\"}")));
        String basraProsecutor = TOKENS.officer("prosecutor", "IQ-BA");
        String id = Referrals.draft(basraProsecutor, stubbed.draft(COURT_OF_ITS_OWN)).statusCode(201).extract().path("id");
        Referrals.submit(id, basraProsecutor).statusCode(200);
        String requestId = askIdentity(COURT_OF_ITS_OWN, id, "VICTIM-1").statusCode(202).extract().path("id");
        decide(basraProsecutor, id, requestId, true).statusCode(200);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> fetch = () -> disclosure(COURT_OF_ITS_OWN, id, requestId).extract().statusCode();
            Future<Integer> first = pool.submit(fetch);
            Future<Integer> second = pool.submit(fetch);
            List<Integer> statuses = new ArrayList<>(List.of(first.get(), second.get()));
            Collections.sort(statuses);
            assertEquals(List.of(200, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(IdentityRequest.Outcome.DISCLOSED, QuarkusTransaction.requiringNew()
                .call(() -> IdentityRequest.<IdentityRequest> findById(UUID.fromString(requestId)).outcome));
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
