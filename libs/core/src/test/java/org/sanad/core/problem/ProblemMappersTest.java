package org.sanad.core.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.core.fixtures.Fixtures.TOKENS;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanad.testing.Problems;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * What the problem mappers answer for failures no resource handles itself: a body that cannot be
 * read, a body that breaks its constraints, an address that does not exist, no valid token, a role
 * not allowed. Each is an {@code application/problem+json} with its stable type, in Arabic when
 * the client prefers it and in English otherwise, never a 500.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ProblemMappersTest {

    private static final String ARABIC = "ar-IQ, en;q=0.5";
    /** A text with Arabic letters and no Latin one: not English, and not a message key left untranslated. */
    private static final String ARABIC_TEXT = "[^A-Za-z]*[\\u0600-\\u06FF][^A-Za-z]*";

    private static Map<String, Object> report() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "a report");
        body.put("victim", new HashMap<>(Map.of("name", "زينب", "contactPhone", "+964 770 123 4567")));
        body.put("identifiers", new ArrayList<>(List.of(Map.of("type", "PHONE", "value", "+964 750 987 6543"))));
        return body;
    }

    private static RequestSpecification asCitizen() {
        return given().auth().oauth2(TOKENS.citizen("problems-citizen")).contentType(ContentType.JSON);
    }

    @Test
    void theFixturesValidReportIsTaken() {
        asCitizen().body(report()).when().post("/fixtures/reports").then().statusCode(201);
    }

    @Test
    void aBodyThatIsNotJsonIsAMalformedRequestInTheCallersLanguage() {
        String broken = "{\"title\": \"a report\", \"victim\": }";
        asCitizen().body(broken).when().post("/fixtures/reports").then()
                .spec(Problems.of(400, "malformed-request")).header("Content-Language", "en")
                .body("title", equalTo("Malformed request"))
                .body("detail", equalTo("The request body or parameters could not be read."))
                .body("instance", equalTo("/fixtures/reports"));
        asCitizen().header("Accept-Language", ARABIC).body(broken).when().post("/fixtures/reports").then()
                .spec(Problems.of(400, "malformed-request")).header("Content-Language", "ar")
                .body("title", equalTo(Messages.text(Messages.ARABIC, "problem.malformed-request.title")))
                .body("detail", matchesPattern(ARABIC_TEXT));
    }

    @Test
    void aValueOfTheWrongShapeOrAnUnknownFieldIsAMalformedRequestNamingTheField() {
        Map<String, Object> wrongType = report();
        wrongType.put("identifiers", List.of(Map.of("type", "PHONE", "value", List.of("+964"))));
        asCitizen().body(wrongType).when().post("/fixtures/reports").then()
                .spec(Problems.of(400, "malformed-request"))
                .body("errors.field", containsInAnyOrder("identifiers[0].value"))
                .body("errors[0].message", equalTo("This value has the wrong type or format."));

        Map<String, Object> unknown = report();
        unknown.put("victim", Map.of("name", "زينب", "contactPhone", "+964 770 123 4567", "password", "x"));
        asCitizen().header("Accept-Language", ARABIC).body(unknown).when().post("/fixtures/reports").then()
                .spec(Problems.of(400, "malformed-request")).header("Content-Language", "ar")
                .body("errors.field", containsInAnyOrder("victim.password"))
                .body("errors[0].message", matchesPattern(ARABIC_TEXT));
    }

    @Test
    void aKeyRepeatedAnywhereInTheBodyIsAMalformedRequestNamingItNever500() {
        String top = "{\"title\": \"a report\", \"title\": \"another\", \"victim\": {\"name\": \"زينب\","
                + " \"contactPhone\": \"+964 770 123 4567\"}}";
        asCitizen().body(top).when().post("/fixtures/reports").then()
                .spec(Problems.of(400, "malformed-request")).header("Content-Language", "en")
                .body("detail", equalTo("The key \"title\" appears more than once in the body; send each key once."))
                .body("errors.field", containsInAnyOrder("title"))
                .body("errors[0].message", equalTo("This key appears more than once."));
        String nested = "{\"title\": \"a report\", \"victim\": {\"name\": \"زينب\", \"contactPhone\": \"+964 770 123 4567\"},"
                + " \"identifiers\": [{\"type\": \"PHONE\", \"value\": \"+964 750\", \"value\": \"+964 751\"}]}";
        asCitizen().header("Accept-Language", ARABIC).body(nested).when().post("/fixtures/reports").then()
                .spec(Problems.of(400, "malformed-request")).header("Content-Language", "ar")
                .body("detail", matchesPattern("[^A-Za-z]*identifiers\\[0\\]\\.value[^A-Za-z]*"))
                .body("errors.field", containsInAnyOrder("identifiers[0].value"))
                .body("errors[0].message", matchesPattern(ARABIC_TEXT));
    }

    private static HttpResponse<String> raw(String method, String path, Map<String, String> headers, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aContentTypeThatIsNoMediaTypeIsA415ProblemNever500() throws Exception {
        String token = "Bearer " + TOKENS.citizen("problems-citizen");
        for (String type : new String[] { "a/b/c", ";", "/json", "application/" }) {
            HttpResponse<String> answer = raw("POST", "/fixtures/reports",
                    Map.of("Authorization", token, "Content-Type", type, "Accept-Language", "ar"), "{}");
            assertEquals(415, answer.statusCode(), type + ": " + answer.body());
            assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));
            assertEquals("ar", answer.headers().firstValue("Content-Language").orElse(""));
            assertTrue(answer.body().contains("urn:sanad:problem:unsupported-media-type"), answer.body());
            // a request without a body is refused alike: the header is read before any route is chosen
            assertEquals(415, raw("GET", "/fixtures/reports/anything", Map.of("Content-Type", type), null).statusCode());
        }
    }

    @Test
    void aBearerTokenThatIsNoJwtIsUnauthenticatedNever500() throws Exception {
        for (String token : new String[] { "..", ".", "a..", "aaaa", "a.b", "a.b.c.d" }) {
            HttpResponse<String> answer = raw("POST", "/fixtures/reports", Map.of("Authorization", "Bearer " + token,
                    "Content-Type", "application/json"), "{}");
            assertEquals(401, answer.statusCode(), token + ": " + answer.body());
            assertTrue(answer.body().contains("urn:sanad:problem:unauthenticated"), answer.body());
            assertEquals("Bearer", answer.headers().firstValue("WWW-Authenticate").orElse(""));
        }
    }

    @Test
    void anAcceptLanguageThatCannotBeReadIsAnsweredInEnglishNever500() throws Exception {
        // a body that breaks its constraints: the validator interpolates its messages in the language asked
        HttpResponse<String> invalid = raw("POST", "/fixtures/reports", Map.of("Authorization",
                "Bearer " + TOKENS.citizen("problems-citizen"), "Content-Type", "application/json", "Accept-Language", "-"),
                "{\"title\": \" \", \"victim\": {\"name\": \"x\", \"contactPhone\": \"call me\"}}");
        assertEquals(400, invalid.statusCode(), invalid.body());
        assertTrue(invalid.body().contains("urn:sanad:problem:validation"), invalid.body());
        for (String language : new String[] { "en;q=x", "ar;q=", "x-x-x-x-x-x-x-x-x-x;q=abc", "-" }) {
            HttpResponse<String> answer = raw("POST", "/fixtures/reports", Map.of("Authorization",
                    "Bearer " + TOKENS.citizen("problems-citizen"), "Content-Type", "application/json",
                    "Accept-Language", language), "{\"title\": ");
            assertEquals(400, answer.statusCode(), language + ": " + answer.body());
            assertEquals("en", answer.headers().firstValue("Content-Language").orElse(""));
            assertTrue(answer.body().contains("urn:sanad:problem:malformed-request"), answer.body());
        }
    }

    @Test
    void bodiesThatAreNoReportAtAllAreRefusedNever500() {
        for (String body : new String[] { "", "null", "[]", "\"a report\"", "42", "{}", "{} {}", "{\"title\": \"\\u0000\"}" }) {
            int status = asCitizen().body(body).when().post("/fixtures/reports").then()
                    .contentType("application/problem+json").extract().statusCode();
            assertEquals(400, status, "the body " + body);
        }
    }

    @Test
    void aValidationFailureNamesEveryOffendingFieldByItsPathInTheBody() {
        Map<String, Object> body = report();
        body.put("title", " ");
        body.put("victim", Map.of("name", "زينب", "contactPhone", "call me"));
        body.put("identifiers", List.of(Map.of("type", "PHONE", "value", "+964 750 987 6543"),
                Map.of("type", "PHONE", "value", "")));
        asCitizen().body(body).when().post("/fixtures/reports").then()
                .spec(Problems.of(400, "validation")).header("Content-Language", "en")
                .body("title", equalTo("Invalid request"))
                .body("errors.field", containsInAnyOrder("title", "victim.contactPhone", "identifiers[1].value"));
        // "ar" as such: Hibernate Validator picks the field messages' language from quarkus.locales by
        // Locale.filter, where "ar-IQ" does not select "ar" (the title and detail follow Messages.choose)
        asCitizen().header("Accept-Language", "ar").body(body).when().post("/fixtures/reports").then()
                .spec(Problems.of(400, "validation")).header("Content-Language", "ar")
                .body("title", equalTo("طلب غير صالح"))
                .body("errors.field", containsInAnyOrder("title", "victim.contactPhone", "identifiers[1].value"))
                .body("errors.message", everyItem(matchesPattern(ARABIC_TEXT)));
    }

    @Test
    void aMissingNestedObjectIsNamedByItsField() {
        Map<String, Object> body = report();
        body.remove("victim");
        asCitizen().body(body).when().post("/fixtures/reports").then()
                .spec(Problems.of(400, "validation"))
                .body("errors.field", containsInAnyOrder("victim"));
    }

    @Test
    void anUnknownPathIsANotFoundProblemInTheCallersLanguage() {
        for (String path : new String[] { "/fixtures/nothing-here", "/no-such-address", "/fixtures/caller/officers-only/more" }) {
            given().when().get(path).then().spec(Problems.notFound()).header("Content-Language", "en")
                    .body("title", equalTo("Not found"));
            given().header("Accept-Language", ARABIC).when().get(path).then().spec(Problems.notFound())
                    .header("Content-Language", "ar")
                    .body("title", equalTo(Messages.text(Messages.ARABIC, "problem.not-found.title")))
                    .body("title", matchesPattern(ARABIC_TEXT));
        }
    }

    @Test
    void noTokenOrABadOneIsAnUnauthenticatedProblemWithABearerChallenge() {
        for (RequestSpecification caller : List.of(given(), given().auth().oauth2("not-a-token"),
                given().auth().oauth2(TOKENS.expiredCitizen("problems-expired")),
                given().auth().oauth2(TOKENS.forAudience("problems-elsewhere", "cases-service", "citizen")))) {
            caller.when().get("/fixtures/caller").then().spec(Problems.unauthenticated())
                    .header("WWW-Authenticate", "Bearer").header("Content-Language", "en")
                    .body("title", equalTo("Authentication required"));
        }
        given().header("Accept-Language", ARABIC).when().get("/fixtures/caller").then()
                .spec(Problems.unauthenticated()).header("WWW-Authenticate", "Bearer").header("Content-Language", "ar")
                .body("title", matchesPattern(ARABIC_TEXT))
                .body("detail", equalTo(Messages.text(Messages.ARABIC, "problem.unauthenticated.detail")));
    }

    @Test
    void aRoleTheEndpointDoesNotAllowIsAForbiddenProblemInTheCallersLanguage() {
        String citizen = TOKENS.citizen("problems-citizen-refused");
        given().auth().oauth2(citizen).when().get("/fixtures/caller/officers-only").then()
                .spec(Problems.forbidden()).header("Content-Language", "en")
                .body("title", equalTo("Not allowed")).body("detail", equalTo("Your role does not allow this action."));
        given().auth().oauth2(citizen).header("Accept-Language", ARABIC).when().get("/fixtures/caller/officers-only")
                .then().spec(Problems.forbidden()).header("Content-Language", "ar")
                .body("title", equalTo(Messages.text(Messages.ARABIC, "problem.forbidden.title")))
                .body("detail", matchesPattern(ARABIC_TEXT));
        // the role the route allows passes the same check
        given().auth().oauth2(TOKENS.officer("intake-officer", "IQ-BG")).when().get("/fixtures/caller/officers-only")
                .then().statusCode(200);
    }
}
