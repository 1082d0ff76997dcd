package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/**
 * A web app on an allowed origin may call the API from a browser (the preflight allows its method
 * and headers, the answer exposes ETag and Location), without credentials mode; a page on any
 * other origin gets no CORS permission at all.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class CorsTest {

    private static final String APP = "http://localhost:5173";

    @Test
    void theWebAppsOriginMayFileFromABrowserAndReadTheAnswersVersionAndLocation() {
        given().header("Origin", APP).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,accept-language")
                .when().options("/complaints").then().statusCode(200)
                .header("Access-Control-Allow-Origin", APP)
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                .header("Access-Control-Allow-Credentials", not(equalTo("true")));
        given().header("Origin", APP).auth().oauth2(TOKENS.citizen("cors-citizen")).contentType(ContentType.JSON)
                .body(complaint("IQ-BG")).when().post("/complaints").then().statusCode(201)
                .header("Access-Control-Allow-Origin", APP)
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Location"));
    }

    @Test
    void anotherOriginGetsNoPermission() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .when().options("/complaints").then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example").auth().oauth2(TOKENS.citizen("cors-citizen"))
                .when().get("/complaints/mine").then().header("Access-Control-Allow-Origin", nullValue());
    }
}
