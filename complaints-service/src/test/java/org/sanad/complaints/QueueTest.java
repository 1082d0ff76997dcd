package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;
import static org.sanad.complaints.Fixtures.fileAs;
import static org.sanad.complaints.Fixtures.victimOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanad.testing.Problems;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueueTest {

    private static final String GOVERNORATE = "IQ-MU";
    private static final String OFFICER = TOKENS.officer("intake-officer", GOVERNORATE);

    private final List<String> expectedOrder = new ArrayList<>();

    /** Once per class; not in @BeforeAll, which runs before the test HTTP port is known. */
    @BeforeEach
    void fileAMixedQueue() {
        if (!expectedOrder.isEmpty()) {
            return;
        }
        Map<String, Object> low = complaint(GOVERNORATE);
        low.remove("demand");
        victimOf(low).put("prefersSameGenderOfficer", false);
        String low1 = fileAs("queue-filer", low);
        String medium1 = fileAs("queue-filer", complaint(GOVERNORATE));
        Map<String, Object> critical = complaint(GOVERNORATE);
        critical.put("selfHarmRisk", true);
        critical.put("platforms", List.of("INSTAGRAM"));
        String critical1 = fileAs("queue-filer", critical);
        Map<String, Object> minor = complaint(GOVERNORATE);
        victimOf(minor).put("ageBand", "UNDER_15");
        victimOf(minor).put("minor", true);
        String high1 = fileAs("queue-filer", minor);
        String medium2 = fileAs("queue-filer", complaint(GOVERNORATE));
        String low2 = fileAs("queue-filer", low);
        // priority first, then the oldest first
        expectedOrder.addAll(List.of(critical1, high1, medium1, medium2, low1, low2));
    }

    @Test
    void theQueueIsOrderedByPriorityThenAgeAndPagesWithoutGapsOrRepeats() {
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            var request = given().auth().oauth2(OFFICER).queryParam("limit", 4);
            if (after != null) {
                request.queryParam("after", after);
            }
            var page = request.when().get("/complaints").then().statusCode(200)
                    .body("items.governorate", everyItem(equalTo(GOVERNORATE)))
                    // a line says whether the victim is a minor and wants an officer of the same gender, nothing more
                    .body("items[0].victim.keySet()", containsInAnyOrder("minor", "prefersSameGenderOfficer"))
                    .extract();
            seen.addAll(page.path("items.id"));
            after = page.path("next");
        } while (after != null);
        assertEquals(expectedOrder, seen);
    }

    @Test
    void filtersNarrowTheQueue() {
        given().auth().oauth2(OFFICER).queryParam("priority", "critical").when().get("/complaints").then()
                .statusCode(200).body("items.id", contains(expectedOrder.get(0)));
        given().auth().oauth2(OFFICER).queryParam("platform", "INSTAGRAM").when().get("/complaints").then()
                .body("items.id", contains(expectedOrder.get(0)))
                .body("items[0].platforms", contains("INSTAGRAM"))
                .body("items[0].threatTypes", contains("PUBLISH_INTIMATE_IMAGES"));
        // each line carries its own collections, in their order
        given().auth().oauth2(OFFICER).queryParam("priority", "high").when().get("/complaints").then()
                .body("items.id", contains(expectedOrder.get(1)))
                .body("items[0].platforms", contains("FACEBOOK", "WHATSAPP"))
                .body("items[0].victim.minor", equalTo(true));
        given().auth().oauth2(OFFICER).queryParam("minorVictim", "true").when().get("/complaints").then()
                .body("items.id", contains(expectedOrder.get(1)));
        given().auth().oauth2(OFFICER).queryParam("threatType", "LEAK_SECRETS").when().get("/complaints").then()
                .body("items", hasSize(0));
        given().auth().oauth2(OFFICER).queryParam("status", "ACCEPTED,REJECTED").when().get("/complaints").then()
                .body("items", hasSize(0));
        given().auth().oauth2(TOKENS.officer("supervisor", GOVERNORATE)).when().get("/complaints").then()
                .statusCode(200).body("items", hasSize(6));
    }

    @Test
    void eachLineShowsTheRiskSignalsAndTheOfficerGenderPreference() {
        given().auth().oauth2(OFFICER).when().get("/complaints").then().statusCode(200)
                .body("items.id", contains(expectedOrder.toArray()))
                .body("items.selfHarmRisk", contains(true, false, false, false, false, false))
                .body("items.victim.minor", contains(false, true, false, false, false, false))
                // the two LOW complaints' victims said no preference
                .body("items.victim.prefersSameGenderOfficer", contains(true, true, true, true, false, false));
        // the filer's own list carries the same facts
        given().auth().oauth2(TOKENS.citizen("queue-filer")).when().get("/complaints/mine").then().statusCode(200)
                .body("items.find { it.id == '" + expectedOrder.get(4) + "' }.victim.prefersSameGenderOfficer", equalTo(false))
                .body("items.find { it.id == '" + expectedOrder.get(0) + "' }.victim.prefersSameGenderOfficer", equalTo(true));
    }

    @Test
    void theQueueCanBeNarrowedToTheVictimsAtRiskOfSelfHarm() {
        given().auth().oauth2(OFFICER).queryParam("selfHarmRisk", "true").when().get("/complaints").then()
                .statusCode(200).body("items.id", contains(expectedOrder.get(0)))
                .body("items[0].selfHarmRisk", equalTo(true));
        given().auth().oauth2(OFFICER).queryParam("selfHarmRisk", "false").when().get("/complaints").then()
                .statusCode(200).body("items.id", contains(expectedOrder.subList(1, 6).toArray()));
        // with the other filters and the cursor, in the queue's order
        var first = given().auth().oauth2(OFFICER).queryParam("selfHarmRisk", "false").queryParam("limit", 2)
                .when().get("/complaints").then().statusCode(200)
                .body("items.id", contains(expectedOrder.get(1), expectedOrder.get(2))).extract();
        given().auth().oauth2(OFFICER).queryParam("selfHarmRisk", "false").queryParam("limit", 2)
                .queryParam("after", first.path("next").toString()).when().get("/complaints").then().statusCode(200)
                .body("items.id", contains(expectedOrder.get(3), expectedOrder.get(4)));
        given().auth().oauth2(OFFICER).queryParam("selfHarmRisk", "true").queryParam("minorVictim", "true")
                .when().get("/complaints").then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(OFFICER).queryParam("selfHarmRisk", "maybe").when().get("/complaints").then()
                .statusCode(400).body("errors.field", contains("selfHarmRisk"));
    }

    @Test
    void badFiltersAreNamed() {
        given().auth().oauth2(OFFICER).queryParam("priority", "URGENT").when().get("/complaints").then()
                .statusCode(400).body("errors.field", contains("priority"));
        given().auth().oauth2(OFFICER).queryParam("after", "garbage").when().get("/complaints").then()
                .statusCode(400).body("errors.field", contains("after"));
        given().auth().oauth2(OFFICER).queryParam("limit", 0).when().get("/complaints").then()
                .statusCode(400).body("errors.field", contains("limit"));
        given().auth().oauth2(OFFICER).queryParam("governorate", "XX").when().get("/complaints").then()
                .statusCode(400);
    }

    @Test
    void theQueueIsScopedToTheOfficersGovernorate() {
        given().auth().oauth2(OFFICER).queryParam("governorate", "IQ-BG").when().get("/complaints").then()
                .spec(Problems.forbidden());
        given().auth().oauth2(TOKENS.officer("intake-officer", "NATIONAL")).when().get("/complaints").then()
                .statusCode(400).body("errors.field", contains("governorate"));
        given().auth().oauth2(TOKENS.officer("intake-officer", "NATIONAL")).queryParam("governorate", GOVERNORATE)
                .when().get("/complaints").then().statusCode(200).body("items", hasSize(6));
        for (String role : List.of("investigator", "prosecutor", "auditor", "court-system", "admin")) {
            given().auth().oauth2(TOKENS.officer(role, GOVERNORATE)).when().get("/complaints").then().spec(Problems.forbidden());
        }
        given().auth().oauth2(TOKENS.citizen("queue-filer")).when().get("/complaints").then().spec(Problems.forbidden());
    }

    /** The queue's search with its filters in a body (POST /complaints/searches). */
    private static ValidatableResponse search(String token, Map<String, ?> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/complaints/searches")
                .then();
    }

    /** What GET /complaints answers to the same filters, as query parameters. */
    private static List<String> queueIds(String token, Map<String, ?> parameters) {
        return given().auth().oauth2(token).queryParams(parameters).when().get("/complaints").then().statusCode(200)
                .extract().path("items.id");
    }

    @Test
    void theSearchInABodyFindsWhatTheQueuesQueryParametersFindForEachFilter() {
        // each pair: the body's filters, and the same filters as the GET's query parameters
        List<List<Map<String, Object>>> cases = List.of(
                List.of(Map.of(), Map.of()),
                List.of(Map.of("priority", "CRITICAL"), Map.of("priority", "critical")),
                List.of(Map.of("platform", "INSTAGRAM"), Map.of("platform", "INSTAGRAM")),
                List.of(Map.of("threatType", "PUBLISH_INTIMATE_IMAGES"), Map.of("threatType", "PUBLISH_INTIMATE_IMAGES")),
                List.of(Map.of("threatType", "LEAK_SECRETS"), Map.of("threatType", "LEAK_SECRETS")),
                List.of(Map.of("minorVictim", true), Map.of("minorVictim", "true")),
                List.of(Map.of("minorVictim", false), Map.of("minorVictim", "false")),
                List.of(Map.of("selfHarmRisk", true), Map.of("selfHarmRisk", "true")),
                List.of(Map.of("selfHarmRisk", false, "priority", "HIGH"), Map.of("selfHarmRisk", "false", "priority", "HIGH")),
                List.of(Map.of("statuses", List.of("SUBMITTED")), Map.of("status", "SUBMITTED")),
                List.of(Map.of("statuses", List.of("ACCEPTED", "REJECTED")), Map.of("status", "ACCEPTED,REJECTED")),
                List.of(Map.of("governorate", GOVERNORATE), Map.of("governorate", GOVERNORATE)),
                List.of(Map.of("limit", 3), Map.of("limit", 3)));
        for (List<Map<String, Object>> pair : cases) {
            List<String> expected = queueIds(OFFICER, pair.get(1));
            search(OFFICER, pair.get(0)).statusCode(200).header("Cache-Control", "no-store")
                    .body("items.governorate", everyItem(equalTo(GOVERNORATE)))
                    .body("items.id", equalTo(expected));
        }
        // the filters narrow as the queue's do, against the class's known queue
        search(OFFICER, Map.of("priority", "CRITICAL")).body("items.id", contains(expectedOrder.get(0)));
        search(OFFICER, Map.of("minorVictim", true)).body("items.id", contains(expectedOrder.get(1)));
        search(OFFICER, Map.of()).body("items.id", contains(expectedOrder.toArray()));
        search(TOKENS.officer("supervisor", GOVERNORATE), Map.of()).statusCode(200).body("items", hasSize(6));
    }

    @Test
    void theSearchInABodyPagesWithTheCursorOfThePreviousPage() {
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> body = new java.util.HashMap<>(Map.of("limit", 4));
            if (after != null) {
                body.put("after", after);
            }
            var page = search(OFFICER, body).statusCode(200).body("items", hasSize(lessThanOrEqualTo(4))).extract();
            seen.addAll(page.path("items.id"));
            after = page.path("next");
        } while (after != null);
        assertEquals(expectedOrder, seen);
        // with a filter, the same pages as the queue's
        var first = search(OFFICER, Map.of("selfHarmRisk", false, "limit", 2)).statusCode(200)
                .body("items.id", contains(expectedOrder.get(1), expectedOrder.get(2))).extract();
        search(OFFICER, Map.of("selfHarmRisk", false, "limit", 2, "after", first.path("next").toString())).statusCode(200)
                .body("items.id", contains(expectedOrder.get(3), expectedOrder.get(4)));
    }

    @Test
    void aComplaintIsFoundByItsTrackingNumberWhateverItsStatusAndOnlyInTheOfficersScope() {
        String id = expectedOrder.get(2);
        String tracking = given().auth().oauth2(OFFICER).when().get("/complaints/" + id).then().statusCode(200)
                .extract().path("trackingNumber");
        search(OFFICER, Map.of("trackingNumber", " " + tracking.toLowerCase() + " ")).statusCode(200)
                .body("items.id", contains(id));
        // a status filter still narrows it; a decided complaint is found without one
        search(OFFICER, Map.of("trackingNumber", tracking, "statuses", List.of("WITHDRAWN"))).statusCode(200)
                .body("items", hasSize(0));
        search(TOKENS.officer("intake-officer", "IQ-BG"), Map.of("trackingNumber", tracking)).statusCode(200)
                .body("items", hasSize(0));
        search(OFFICER, Map.of("trackingNumber", "IQ-2026-" + "X".repeat(30))).statusCode(400)
                .body("errors.field", contains("trackingNumber"));
    }

    @Test
    void theSearchInABodyAdmitsTheQueuesRolesAndItsGovernorateScope() {
        search(OFFICER, Map.of("governorate", "IQ-BG")).spec(Problems.forbidden());
        search(TOKENS.officer("supervisor", GOVERNORATE), Map.of("governorate", "IQ-BG")).spec(Problems.forbidden());
        // another governorate's officer sees their own queue, never this one's
        search(TOKENS.officer("intake-officer", "IQ-BG"), Map.of()).statusCode(200)
                .body("items.governorate", everyItem(equalTo("IQ-BG")))
                .body("items.id", not(hasItem(expectedOrder.get(0))));
        search(TOKENS.officer("intake-officer", "NATIONAL"), Map.of()).statusCode(400)
                .body("errors.field", contains("governorate"));
        search(TOKENS.officer("intake-officer", "NATIONAL"), Map.of("governorate", GOVERNORATE)).statusCode(200)
                .body("items.id", contains(expectedOrder.toArray()));
        for (String role : List.of("investigator", "prosecutor", "auditor", "court-system", "admin")) {
            search(TOKENS.officer(role, GOVERNORATE), Map.of()).spec(Problems.forbidden());
        }
        search(TOKENS.citizen("queue-filer"), Map.of()).spec(Problems.forbidden());
        given().contentType(ContentType.JSON).body(Map.of()).when().post("/complaints/searches").then()
                .spec(Problems.unauthenticated());
    }

    @Test
    void aBadSearchBodyIsAProblemNamingTheBodysFieldsInArabicAndEnglish() {
        for (String language : List.of("ar", "en")) {
            Map<String, Map<String, Object>> bad = Map.of(
                    "priority", Map.of("priority", "URGENT"),
                    "statuses[1]", Map.of("statuses", List.of("SUBMITTED", "NOT_A_STATUS")),
                    "minorVictim", Map.of("minorVictim", "maybe"),
                    "after", Map.of("after", "garbage"),
                    "limit", Map.of("limit", 0),
                    // the GET's name for the statuses is no field of the body: refused, not ignored
                    "status", Map.of("status", List.of("SUBMITTED")),
                    "victimPhone", Map.of("victimPhone", "not a phone"),
                    "governorate", Map.of("governorate", "IQ-MU-TOO-LONG-FOR-A-CODE"));
            bad.forEach((field, body) -> given().auth().oauth2(OFFICER).header("Accept-Language", language)
                    .contentType(ContentType.JSON).body(body).when().post("/complaints/searches").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains(field))
                    .body("errors[0].message", language.equals("ar") ? matchesPattern(".*\\p{IsArabic}.*")
                            : matchesPattern("[\\p{ASCII}]+")));
        }
        given().auth().oauth2(OFFICER).header("Accept-Language", "ar").contentType(ContentType.JSON)
                .body(Map.of("victimPhone", "not a phone")).when().post("/complaints/searches").then()
                .statusCode(400).body("errors[0].message", equalTo("ليس رقم هاتف."));
        given().auth().oauth2(OFFICER).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("victimPhone", "not a phone")).when().post("/complaints/searches").then()
                .statusCode(400).body("errors[0].message", equalTo("Not a phone number."));
        // no body, or no JSON, is a problem too, never a 500
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).when().post("/complaints/searches").then()
                .statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body("{\"priority\":").when()
                .post("/complaints/searches").then().statusCode(400).contentType("application/problem+json");
    }
}
