package org.sanad.audit;

import static io.restassured.RestAssured.given;

import org.sanad.testing.TestTokens;

/** Test fixture: tokens for the test application, and requests to {@link AuditLogFixtureResource}. */
final class AuditFixtures {

    static final TestTokens TOKENS = new TestTokens("sanad-audit");

    private AuditFixtures() {
    }

    /** A successful, audited read of the record {@code id} by the caller of {@code token}. */
    static void read(String token, String id) {
        given().auth().oauth2(token).when().post("/fixture/records/" + id + "/reads").then().statusCode(204);
    }

    /** A change of the record {@code id} by the caller of {@code token}, refused: audited as DENIED. */
    static void refusedChange(String token, String id) {
        given().auth().oauth2(token).when().post("/fixture/records/" + id + "/refused-changes").then().statusCode(403);
    }
}
