package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
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
}
