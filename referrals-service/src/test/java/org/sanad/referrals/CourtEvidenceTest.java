package org.sanad.referrals;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.referrals.Referrals.BAGHDAD_INV;
import static org.sanad.referrals.Referrals.GOVERNORATE;
import static org.sanad.referrals.Referrals.PMC;
import static org.sanad.referrals.Referrals.TOKENS;
import static org.sanad.referrals.Referrals.stubCase;
import static org.sanad.referrals.Referrals.submitted;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.sanad.audit.AuditEntry;
import org.sanad.core.hashing.Sha256;
import org.sanad.referrals.domain.EvidenceAccess;
import org.sanad.referrals.domain.IdentityRequest;
import org.sanad.testing.Problems;
import org.sanad.testing.ServiceStub;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/** Evidence and victims' identities for the court: checked, bound to the court, recorded. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SuiteStub.class)
class CourtEvidenceTest {

    private static String link(String court, String referralId, UUID itemId) {
        return given().auth().oauth2(TOKENS.court(court)).when()
                .post("/court/referrals/" + referralId + "/evidence/" + itemId + "/link").then().statusCode(200)
                .extract().path("href");
    }

    private static List<EvidenceAccess> accesses(String referralId) {
        return QuarkusTransaction.requiringNew().call(() -> EvidenceAccess.<EvidenceAccess> list(
                "referralId = ?1 order by occurredAt", UUID.fromString(referralId)));
    }

    @Test
    void theCourtFetchesEvidenceThroughAShortLivedLinkAndTheBytesAreCheckedFirst() {
        Referrals.StubbedCase stubbed = stubCase(GOVERNORATE);
        String id = submitted(stubbed, PMC);
        String href = link(PMC, id, stubbed.itemId());

        byte[] bytes = given().auth().oauth2(TOKENS.court(PMC)).when().get(href).then().statusCode(200)
                .header("X-Content-SHA256", stubbed.sha256())
                .header("Cache-Control", "no-store")
                .extract().asByteArray();
        assertArrayEquals(stubbed.bytes(), bytes);
        ServiceStub.server().verify(getRequestedFor(urlPathEqualTo("/court-releases/evidence/" + stubbed.itemId()))
                .withQueryParam("court", equalTo(PMC))
                .withHeader("Authorization", matching("Bearer .+")));

        // bound to the court, unforgeable
        given().auth().oauth2(TOKENS.court(BAGHDAD_INV)).when().get(href).then().spec(Problems.forbidden());
        given().auth().oauth2(TOKENS.court(PMC)).when().get(href.substring(0, href.length() - 2) + "xx").then()
                .spec(Problems.forbidden());
        given().auth().oauth2(Referrals.PROSECUTOR).when().get(href).then().spec(Problems.forbidden());
        given().auth().oauth2(TOKENS.court(PMC)).when()
                .post("/court/referrals/" + id + "/evidence/" + UUID.randomUUID() + "/link").then()
                .spec(Problems.notFound());
        assertEquals(List.of(EvidenceAccess.Outcome.SERVED), accesses(id).stream().map(a -> a.outcome).toList());
    }

    @Test
    void bytesThatDoNotMatchTheManifestAreRefusedAndTheFailureIsRecorded() {
        Referrals.StubbedCase stubbed = stubCase(GOVERNORATE);
        String id = submitted(stubbed, PMC);
        Referrals.stubRelease(stubbed.itemId(), "someone changed these bytes".getBytes());
        given().auth().oauth2(TOKENS.court(PMC)).when().get(link(PMC, id, stubbed.itemId())).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", Matchers.equalTo("urn:sanad:problem:integrity-failure"))
                .body("$", not(Matchers.hasKey("bytes")));

        // cases-service found the stored bytes changed itself
        ServiceStub.server().stubFor(get(urlPathEqualTo("/court-releases/evidence/" + stubbed.itemId()))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"urn:sanad:problem:integrity-failure\",\"status\":409}")));
        given().auth().oauth2(TOKENS.court(PMC)).when().get(link(PMC, id, stubbed.itemId())).then().statusCode(409);

        // cases-service is down: an outage, not an integrity failure
        ServiceStub.server().stubFor(get(urlPathEqualTo("/court-releases/evidence/" + stubbed.itemId()))
                .willReturn(aResponse().withStatus(503)));
        given().auth().oauth2(TOKENS.court(PMC)).when().get(link(PMC, id, stubbed.itemId())).then().statusCode(503);

        List<EvidenceAccess> recorded = accesses(id);
        assertEquals(List.of(EvidenceAccess.Outcome.INTEGRITY_FAILURE, EvidenceAccess.Outcome.INTEGRITY_FAILURE,
                EvidenceAccess.Outcome.UNAVAILABLE), recorded.stream().map(a -> a.outcome).toList());
        assertEquals(stubbed.sha256(), recorded.get(0).expectedSha256);
        assertEquals(Sha256.of("someone changed these bytes".getBytes()),
                recorded.get(0).observedSha256);
        assertEquals(3L, (long) QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = 'evidence.court-access' and recordId = ?1 and outcome = 'DENIED'", stubbed.itemId().toString())));
    }

    @Test
    void bytesChangedOnTheWayAreBrokenOffShortOfTheirEndAndTheFailureIsRecorded() {
        Referrals.StubbedCase stubbed = stubCase(GOVERNORATE);
        String id = submitted(stubbed, PMC);
        // cases-service declares the manifest's hash, but what arrives is not those bytes
        byte[] changed = new byte[200_000];
        changed[0] = 1;
        Referrals.stubRelease(stubbed.itemId(), changed, stubbed.sha256());
        String href = link(PMC, id, stubbed.itemId());
        int received;
        try {
            received = given().auth().oauth2(TOKENS.court(PMC)).when().get(href).then().extract().asByteArray().length;
        } catch (Exception brokenOff) {
            // the connection was closed before the end of the body (Groovy rethrows the client's IOException)
            received = -1;
        }
        assertTrue(received < changed.length, "the court never holds the whole changed file: got " + received);
        List<EvidenceAccess> recorded = accesses(id);
        assertEquals(List.of(EvidenceAccess.Outcome.INTEGRITY_FAILURE), recorded.stream().map(a -> a.outcome).toList());
        assertEquals(Sha256.of(changed), recorded.get(0).observedSha256);
    }

    @Test
    void aCourtThatStatesAReasonLearnsAVictimsIdentityAndBothSidesRecordIt() {
        Referrals.StubbedCase stubbed = stubCase(GOVERNORATE);
        String id = submitted(stubbed, PMC);
        UUID complaintId = stubbed.complaintIds().get(1);
        ServiceStub.server().stubFor(post(urlEqualTo("/complaints/" + complaintId + "/victim-disclosures"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(
                        "{\"complaintId\":\"" + complaintId + "\",\"name\":\"زينب علي\",\"contactPhone\":\"+9647701234567\","
                                + "\"ageBand\":\"FROM_18_TO_24\",\"minor\":false,\"gender\":\"FEMALE\","
                                + "\"disclosedAt\":\"2026-11-25T10:00:00Z\"}")));
        String reason = "The victim must be summoned to testify at the hearing.";
        given().auth().oauth2(TOKENS.court(PMC)).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .when().post("/court/referrals/" + id + "/victims/VICTIM-2/identity").then().statusCode(200)
                .body("pseudonym", Matchers.equalTo("VICTIM-2"))
                .body("name", Matchers.equalTo("زينب علي"))
                .body("$", not(Matchers.hasKey("complaintId")));
        ServiceStub.server().verify(postRequestedFor(urlEqualTo("/complaints/" + complaintId + "/victim-disclosures"))
                .withRequestBody(equalToJson("{\"courtCode\":\"" + PMC + "\",\"reason\":\"" + reason + "\"}", true, true)));

        IdentityRequest request = QuarkusTransaction.requiringNew().call(() -> IdentityRequest
                .<IdentityRequest> find("referralId", UUID.fromString(id)).singleResult());
        assertEquals(IdentityRequest.Outcome.DISCLOSED, request.outcome);
        assertEquals(reason, request.reason);
        assertEquals("VICTIM-2", request.pseudonym);
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = 'victim.identity.disclose' and recordId = ?1 and outcome = 'SUCCESS'", id)));

        given().auth().oauth2(TOKENS.court(PMC)).contentType(ContentType.JSON).body(Map.of("reason", "why"))
                .when().post("/court/referrals/" + id + "/victims/VICTIM-2/identity").then().statusCode(400);
        given().auth().oauth2(TOKENS.court(PMC)).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .when().post("/court/referrals/" + id + "/victims/VICTIM-9/identity").then().spec(Problems.notFound());
        given().auth().oauth2(TOKENS.court(BAGHDAD_INV)).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .when().post("/court/referrals/" + id + "/victims/VICTIM-2/identity").then().spec(Problems.notFound());
        given().auth().oauth2(Referrals.PROSECUTOR).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .when().post("/court/referrals/" + id + "/victims/VICTIM-2/identity").then().spec(Problems.forbidden());
    }
}
