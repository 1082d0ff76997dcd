package org.sanad.referrals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

/**
 * Every refusal is a problem in the client's language, the HTTP layer's own included: a request
 * line, headers or a body past the limits used to get a bare 414, 431 or 413 with no body.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SuiteStub.class)
class HttpLayerProblemsTest {

    private static void isProblem(Response response, int status, String type) {
        response.then().statusCode(status)
                .contentType("application/problem+json")
                .header("Content-Language", "ar")
                .body("type", equalTo("urn:sanad:problem:" + type))
                .body("status", equalTo(status))
                .body("title", matchesPattern("\\p{IsArabic}.*"));
    }

    private static io.restassured.specification.RequestSpecification prosecutor() {
        return given().auth().oauth2(Referrals.PROSECUTOR).header("Accept-Language", "ar");
    }

    @Test
    void aRequestLineLongerThanAnyAddressIs414() {
        isProblem(prosecutor().when().get("/referrals?q=" + "a".repeat(10_000)), 414, "uri-too-long");
        isProblem(prosecutor().when().get("/referrals/" + "a".repeat(9_000)), 414, "uri-too-long");
    }

    @Test
    void headersLargerThanAllowedAre431() {
        isProblem(prosecutor().header("X-Padding", "a".repeat(30_000)).when().get("/referrals"), 431,
                "headers-too-large");
    }

    @Test
    void aBodyDeclaredLargerThanTheServiceTakesIs413BeforeItIsRead() {
        isProblem(prosecutor().contentType("application/octet-stream").body(new byte[2_000_000])
                .when().post("/referrals"), 413, "payload-too-large");
    }

    @Test
    void methodsMediaTypesAndRepresentationsNobodyServesAreProblems() {
        isProblem(prosecutor().when().delete("/referrals"), 405, "method-not-allowed");
        isProblem(prosecutor().accept("application/xml").when().get("/referrals"), 406, "not-acceptable");
        isProblem(prosecutor().contentType("text/plain").body("x").when().post("/referrals"), 415,
                "unsupported-media-type");
    }

    @Test
    void requestsWithinTheLimitsAreServedAsBefore() {
        prosecutor().header("X-Padding", "a".repeat(8_000)).queryParam("q", "a".repeat(2_000))
                .when().get("/referrals").then().statusCode(200);
    }
}
