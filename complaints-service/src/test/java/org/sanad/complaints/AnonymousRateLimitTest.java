package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanad.complaints.domain.Complaint;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/** A script cannot file without end or guess tracking secrets: anonymous routes answer 429 past their limits. */
@QuarkusTest
@TestProfile(TightLimitsProfile.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class AnonymousRateLimitTest {

    @Test
    void anonymousFilingIsBoundedPerSourceAndTheRefusalSaysWhenToRetry() {
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON).body(complaint("IQ-BG")).when().post("/anonymous-complaints").then()
                    .statusCode(201);
        }
        long before = QuarkusTransaction.requiringNew().call(() -> Complaint.count());
        given().contentType(ContentType.JSON).header("Accept-Language", "ar").body(complaint("IQ-BG"))
                .when().post("/anonymous-complaints").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", equalTo("urn:sanad:problem:too-many-requests"))
                .body("title", equalTo("طلبات كثيرة جداً"));
        assertEquals(before, (long) QuarkusTransaction.requiringNew().call(() -> Complaint.count()));
        // a signed-in citizen's own filing is not the anonymous route's business
        given().auth().oauth2(TOKENS.citizen("limits-citizen")).contentType(ContentType.JSON).body(complaint("IQ-BG"))
                .when().post("/complaints").then().statusCode(201);
    }

    /** No spelling of the path the router answers escapes the limits: they go by the route it matched. */
    @ParameterizedTest
    @ValueSource(strings = { "/anonymous-complaints/", "/anonymous-complaints//", "/anonymous-complaints;x=1",
            "/anonymous-complaints/;x=1", "/anonymous-complaints/.", "//anonymous-complaints", "/%61nonymous-complaints" })
    void noSpellingOfTheFilingPathEscapesItsLimit(String path) throws Exception {
        while (given().contentType(ContentType.JSON).body(complaint("IQ-BG")).when().post("/anonymous-complaints")
                .then().extract().statusCode() != 429) {
            // until this source's filings are used up
        }
        int status = AnonymousPathVariantsTest.send("POST", path, null,
                new ObjectMapper().writeValueAsString(complaint("IQ-BG"))).statusCode();
        assertTrue(status == 429 || status == 404 || status == 405, path + " answered " + status);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/tracking/IQ-2026-AAAA-BBBB/", "/tracking/IQ-2026-AAAA-BBBB;x=1", "/tracking;x=1/IQ-2026-AAAA-BBBB",
            "/tracking//IQ-2026-AAAA-BBBB", "/tracking/IQ-2026-AAAA-BBBB/.", "/%74racking/IQ-2026-AAAA-BBBB" })
    void noSpellingOfATrackingPathEscapesItsLimit(String path) throws Exception {
        while (given().header("X-Tracking-Secret", "GUESS").when().get("/tracking/IQ-2026-AAAA-BBBB")
                .then().extract().statusCode() != 429) {
            // until this source's look-ups are used up
        }
        int status = AnonymousPathVariantsTest.send("GET", path, null, null, "X-Tracking-Secret", "GUESS").statusCode();
        assertTrue(status == 429, path + " answered " + status);
    }

    @Test
    void trackingLookUpsAreBoundedSoSecretsCannotBeGuessed() {
        int refused = 0;
        for (int i = 0; i < 5; i++) {
            int status = given().header("X-Tracking-Secret", "GUESS" + i).when().get("/tracking/IQ-2026-AAAA-BBBB")
                    .then().extract().statusCode();
            refused += status == 429 ? 1 : 0;
        }
        assertEquals(2, refused);
    }
}
