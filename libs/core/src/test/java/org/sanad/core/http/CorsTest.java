package org.sanad.core.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.sanad.core.fixtures.Fixtures.TOKENS;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/**
 * The CORS defaults every service inherits (META-INF/microprofile-config.properties): a web app on
 * an allowed origin may call the API from a browser (the preflight allows its method and headers,
 * the answer exposes ETag and Location), without credentials mode; a page on any other origin gets
 * no CORS permission at all.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class CorsTest {

    private static final String APP = "http://localhost:5173";

    private static final Map<String, Object> REPORT = Map.of("title", "a report",
            "victim", Map.of("name", "زينب", "contactPhone", "+964 770 123 4567"),
            "identifiers", List.of(Map.of("type", "PHONE", "value", "+964 750 987 6543")));

    @Test
    void theWebAppsOriginMayPostFromABrowserAndReadTheAnswersVersionAndLocation() {
        given().header("Origin", APP).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,accept-language")
                .when().options("/fixtures/reports").then().statusCode(200)
                .header("Access-Control-Allow-Origin", APP)
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                .header("Access-Control-Allow-Credentials", not(equalTo("true")));
        given().header("Origin", APP).auth().oauth2(TOKENS.citizen("cors-citizen")).contentType(ContentType.JSON)
                .body(REPORT).when().post("/fixtures/reports").then().statusCode(201)
                .header("Access-Control-Allow-Origin", APP)
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Location"));
    }

    @Test
    void theWebAppMayRevalidateAndRetryWithItsOwnHeaders() {
        // If-None-Match for cached reference data, Idempotency-Key for a retried filing
        given().header("Origin", APP).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match").when().options("/fixtures/caller").then()
                .statusCode(200).header("Access-Control-Allow-Origin", APP)
                .header("Access-Control-Allow-Headers", containsString("If-None-Match"));
        given().header("Origin", APP).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .when().options("/fixtures/reports").then().statusCode(200)
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"));
    }

    @Test
    void anotherOriginGetsNoPermission() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .when().options("/fixtures/reports").then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example").auth().oauth2(TOKENS.citizen("cors-citizen"))
                .when().get("/fixtures/caller").then().header("Access-Control-Allow-Origin", nullValue());
    }
}
