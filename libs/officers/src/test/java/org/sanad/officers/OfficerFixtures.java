package org.sanad.officers;

import static io.restassured.RestAssured.given;

import java.util.Optional;

import org.sanad.testing.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Test fixture: tokens for the test application, and the officer directory as it stands. */
final class OfficerFixtures {

    static final TestTokens TOKENS = new TestTokens("sanad-officers");

    private OfficerFixtures() {
    }

    /** An audited action of the caller of {@code token}, as any service's endpoint takes one. */
    static void actAs(String token) {
        given().auth().oauth2(token).when().post("/fixture/records/any/reads").then().statusCode(204);
    }

    static Optional<Officer> recorded(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> Officer.<Officer> findByIdOptional(subject));
    }
}
