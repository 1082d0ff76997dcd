package org.sanad.referrals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.referrals.Referrals.BAGHDAD_INV;
import static org.sanad.referrals.Referrals.GOVERNORATE;
import static org.sanad.referrals.Referrals.PMC;
import static org.sanad.referrals.Referrals.TOKENS;
import static org.sanad.referrals.Referrals.reply;
import static org.sanad.referrals.Referrals.stubCase;
import static org.sanad.referrals.Referrals.submitted;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sanad.testing.Problems;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;

/** A court pulls what is addressed to it, and only that, from a feed it can replay. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SuiteStub.class)
class CourtFeedTest {

    private static JsonPath pull(String court, String after, int limit) {
        var request = given().auth().oauth2(TOKENS.court(court)).queryParam("limit", limit);
        if (after != null) {
            request.queryParam("after", after);
        }
        return request.when().get("/court/feed").then().statusCode(200).extract().jsonPath();
    }

    /** Everything a court's feed holds from {@code after} on, page by page. */
    private static List<Map<String, Object>> drain(String court, String after) {
        List<Map<String, Object>> entries = new ArrayList<>();
        String cursor = after;
        boolean more = true;
        while (more) {
            JsonPath page = pull(court, cursor, 2);
            entries.addAll(page.getList("items"));
            cursor = page.getString("next");
            more = page.getBoolean("hasMore");
        }
        return entries;
    }

    private static String endOf(String court) {
        String cursor = null;
        JsonPath page;
        do {
            page = pull(court, cursor, 500);
            cursor = page.getString("next");
        } while (page.getBoolean("hasMore"));
        return cursor;
    }

    @Test
    void aCourtNeverSeesAnotherCourtsReferralsByFeedOrById() {
        String startA = endOf(PMC);
        String startB = endOf(BAGHDAD_INV);
        String forA = submitted(stubCase(GOVERNORATE), PMC);

        List<Map<String, Object>> seenByA = drain(PMC, startA);
        assertEquals(1, seenByA.size());
        assertTrue(seenByA.get(0).toString().contains(forA));
        assertTrue(drain(BAGHDAD_INV, startB).isEmpty());

        given().auth().oauth2(TOKENS.court(BAGHDAD_INV)).when().get("/court/referrals/" + forA).then()
                .spec(Problems.notFound());
        reply(BAGHDAD_INV, forA, "receipt", Map.of("version", 1)).spec(Problems.notFound());
        given().auth().oauth2(TOKENS.court(BAGHDAD_INV)).when().post("/court/referrals/" + forA + "/evidence/"
                + UUID.randomUUID() + "/link").then().spec(Problems.notFound());
        given().auth().oauth2(TOKENS.court(PMC)).when().get("/court/referrals/" + forA).then().statusCode(200)
                .body("court.code", equalTo(PMC));
        // a referral that does not exist looks the same as another court's
        given().auth().oauth2(TOKENS.court(PMC)).when().get("/court/referrals/" + UUID.randomUUID()).then()
                .spec(Problems.notFound());
        // a cursor handed to court A is refused to court B
        given().auth().oauth2(TOKENS.court(BAGHDAD_INV)).queryParam("after", startA).when().get("/court/feed").then()
                .spec(Problems.forbidden());
    }

    @Test
    void theSameCursorGivesTheSamePageAndAnOldCursorReplaysEverythingSince() {
        String start = endOf(PMC);
        String first = submitted(stubCase(GOVERNORATE), PMC);
        String second = submitted(stubCase(GOVERNORATE), PMC);
        reply(PMC, first, "receipt", Map.of("version", 1)).statusCode(200);

        JsonPath page = pull(PMC, start, 2);
        assertEquals(List.of("SUBMITTED", "SUBMITTED"), page.getList("items.change"));
        assertEquals(List.of(first, second), page.getList("items.referral.id"));
        assertTrue(page.getBoolean("hasMore"));
        JsonPath again = pull(PMC, start, 2);
        assertEquals(page.getList("items"), again.getList("items"));
        assertEquals(page.getString("next"), again.getString("next"));

        JsonPath rest = pull(PMC, page.getString("next"), 2);
        assertEquals(List.of("RECEIVED"), rest.getList("items.change"));
        assertEquals("RECEIVED", rest.getString("items[0].referral.status"));
        assertFalse(rest.getBoolean("hasMore"));
        // the court lost its place: replaying from the old cursor misses nothing
        List<Map<String, Object>> replayed = drain(PMC, start);
        assertEquals(3, replayed.size());
        // an empty page keeps the cursor, so the court polls with it
        JsonPath empty = pull(PMC, rest.getString("next"), 2);
        assertEquals(rest.getString("next"), empty.getString("next"));
        assertTrue(empty.getList("items").isEmpty());
    }

    @Test
    void everyCourtFacingViewShowsVictimsOnlyUnderTheirPseudonyms() {
        String start = endOf(PMC);
        Referrals.StubbedCase stubbed = stubCase(GOVERNORATE);
        String id = submitted(stubbed, PMC);
        String feed = given().auth().oauth2(TOKENS.court(PMC)).queryParam("after", start).when().get("/court/feed")
                .then().statusCode(200).body("items[0].referral.victims.pseudonym", equalTo(List.of("VICTIM-1", "VICTIM-2")))
                .extract().asString();
        String read = given().auth().oauth2(TOKENS.court(PMC)).when().get("/court/referrals/" + id).then().extract()
                .asString();
        for (String view : List.of(feed, read)) {
            assertFalse(view.contains("complaintId"));
            stubbed.complaintIds().forEach(c -> assertFalse(view.contains(c.toString())));
        }
    }

    @Test
    void feedCursorsAndPageSizesAreChecked() {
        given().auth().oauth2(TOKENS.court(PMC)).queryParam("after", "not-a-cursor").when().get("/court/feed").then()
                .statusCode(400).body("errors[0].field", equalTo("after"));
        given().auth().oauth2(TOKENS.court(PMC)).queryParam("limit", 501).when().get("/court/feed").then()
                .statusCode(400).body("errors[0].field", equalTo("limit"));
        given().auth().oauth2(TOKENS.court(PMC)).queryParam("limit", 0).when().get("/court/feed").then()
                .statusCode(400);
        given().auth().oauth2(TOKENS.withRoles("court-without-code", "court-system")).when().get("/court/feed").then()
                .spec(Problems.forbidden());
        given().auth().oauth2(Referrals.PROSECUTOR).when().get("/court/feed").then().spec(Problems.forbidden());
        given().when().get("/court/feed").then().spec(Problems.unauthenticated());
        given().auth().oauth2(TOKENS.court(PMC)).when().get("/courts").then().statusCode(200)
                .body("code", hasItem(PMC)).body("code", hasItem("IQ-BA-INV"));
        given().auth().oauth2(TOKENS.court(PMC)).when().get("/statutes").then().statusCode(200)
                .body("find { it.code == 'IQ-PC-430' }.article", equalTo("430"))
                .body("source", not(hasItem((Object) null)));
    }

    @Test
    void aCourtThatStopsInsideAPageResumesAtTheEntryItStoppedAtWithNoGapAndNoRepeat() {
        String start = endOf(PMC);
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            made.add(submitted(stubCase(GOVERNORATE), PMC));
        }
        String otherCourts = submitted(stubCase(GOVERNORATE), BAGHDAD_INV);

        JsonPath page = pull(PMC, start, 4);
        List<String> positions = page.getList("items.position");
        assertEquals(made, page.getList("items.referral.id"));
        assertEquals(4, new java.util.HashSet<>(positions).size(), "each entry has a position of its own");
        assertEquals(positions.get(3), page.getString("next"), "the page's cursor is its last entry's position");

        // the court processed two entries, stored the second's position, and stopped
        JsonPath resumed = pull(PMC, positions.get(1), 4);
        assertEquals(made.subList(2, 4), resumed.getList("items.referral.id"));
        assertEquals(positions.subList(2, 4), resumed.getList("items.position"));
        assertFalse(resumed.getBoolean("hasMore"));
        assertFalse(resumed.getList("items.referral.id").contains(otherCourts));
        // the same from every entry: what follows one is exactly the rest
        for (int stored = 0; stored < 4; stored++) {
            assertEquals(made.subList(stored + 1, 4), drain(PMC, positions.get(stored)).stream()
                    .map(e -> ((Map<?, ?>) e.get("referral")).get("id")).toList());
        }
        // an entry's position is its court's: another court cannot resume from it
        given().auth().oauth2(TOKENS.court(BAGHDAD_INV)).queryParam("after", positions.get(0)).when().get("/court/feed")
                .then().spec(Problems.forbidden());
    }

    @Test
    void aGarbledOrForgedPositionIsAProblemNotAPage() {
        java.util.function.Function<String, String> forged = raw -> java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        // beyond the feed's end: it would skip every entry still to come; a negative one; not a number; three parts
        for (String position : List.of("garbled", endOf(PMC) + "x", forged.apply(PMC + "|99999999999"),
                forged.apply(PMC + "|-1"), forged.apply(PMC + "|one"), forged.apply(PMC + "|1|2"))) {
            given().auth().oauth2(TOKENS.court(PMC)).queryParam("after", position).when().get("/court/feed").then()
                    .statusCode(400).body("type", equalTo("urn:sanad:problem:validation"))
                    .body("errors[0].field", equalTo("after"));
        }
    }
}
