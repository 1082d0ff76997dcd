package org.sanad.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.audit.AuditFixtures.TOKENS;
import static org.sanad.audit.AuditFixtures.read;
import static org.sanad.audit.AuditFixtures.refusedChange;

import java.time.Instant;
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
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class AuditResourceTest {

    private static final String AUDITOR = TOKENS.withRoles("auditor-1", "auditor");

    @Test
    void auditorsReadWhoDidWhatNewestFirstByRecordOrActorAPageAtATime() {
        String id = UUID.randomUUID().toString();
        read(TOKENS.officer("investigator", "IQ-BG"), id);
        read(TOKENS.officer("supervisor", "IQ-BG"), id);
        read(TOKENS.withRoles("two-roles", "investigator", "supervisor"), id);

        given().auth().oauth2(AUDITOR).queryParam("recordId", id).when().get("/audit-entries").then().statusCode(200)
                .body("items.actorSubject", contains("two-roles", "supervisor-IQ-BG", "investigator-IQ-BG"))
                .body("items[0].actorRoles", contains("investigator", "supervisor"))
                .body("items.action", contains("fixture.read", "fixture.read", "fixture.read"))
                .body("items.recordType", contains("fixture-record", "fixture-record", "fixture-record"))
                .body("items.outcome", contains("SUCCESS", "SUCCESS", "SUCCESS"))
                .body("next", nullValue());
        given().auth().oauth2(AUDITOR).queryParam("recordId", id).queryParam("actor", "supervisor-IQ-BG").when()
                .get("/audit-entries").then().statusCode(200).body("items.actorSubject", contains("supervisor-IQ-BG"));

        String next = given().auth().oauth2(AUDITOR).queryParam("recordId", id).queryParam("limit", 2).when()
                .get("/audit-entries").then().statusCode(200)
                .body("items.actorSubject", contains("two-roles", "supervisor-IQ-BG")).extract().path("next");
        given().auth().oauth2(AUDITOR).queryParam("recordId", id).queryParam("limit", 2).queryParam("after", next).when()
                .get("/audit-entries").then().statusCode(200)
                .body("items.actorSubject", contains("investigator-IQ-BG")).body("next", nullValue());
        given().auth().oauth2(AUDITOR).queryParam("after", "not-a-cursor").when().get("/audit-entries").then()
                .spec(Problems.of(400, "validation")).body("errors.field", contains("after"));
    }

    @Test
    void auditorsFindWhoDidOneActionWithinATimeRangeAndTheFiltersCombine() {
        String reader = "reader-" + UUID.randomUUID();
        String token = TOKENS.withRoles(reader, "investigator");
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        read(token, first);
        refusedChange(token, first);
        read(token, second);

        List<Map<String, Object>> all = auditor().queryParam("actor", reader).when().get("/audit-entries").then()
                .statusCode(200).body("items.action", contains("fixture.read", "fixture.change", "fixture.read"))
                .body("items.recordId", contains(second, first, first))
                .body("items.outcome", contains("SUCCESS", "DENIED", "SUCCESS")).extract().path("items");
        String readFirstAt = (String) all.get(2).get("occurredAt");
        String changeAt = (String) all.get(1).get("occurredAt");
        String readSecondAt = (String) all.get(0).get("occurredAt");
        assertTrue(Instant.parse(readFirstAt).isBefore(Instant.parse(changeAt)));
        assertTrue(Instant.parse(changeAt).isBefore(Instant.parse(readSecondAt)));

        // the action, exactly as recorded
        auditor().queryParam("actor", reader).queryParam("action", "fixture.read").when().get("/audit-entries").then()
                .statusCode(200).body("items.recordId", contains(second, first));
        auditor().queryParam("actor", reader).queryParam("action", "fixture.change").when().get("/audit-entries").then()
                .statusCode(200).body("items.recordId", contains(first)).body("items.outcome", contains("DENIED"));
        auditor().queryParam("actor", reader).queryParam("action", "FIXTURE.READ").when().get("/audit-entries").then()
                .statusCode(200).body("items", empty());
        auditor().queryParam("action", "fixture.change").queryParam("limit", 200).when().get("/audit-entries").then()
                .statusCode(200).body("items.action", everyItem(equalTo("fixture.change")))
                .body("items.actorSubject", hasItem(reader));

        // [from, to): from included, to not
        auditor().queryParam("actor", reader).queryParam("from", changeAt).when().get("/audit-entries").then()
                .statusCode(200).body("items.action", contains("fixture.read", "fixture.change"));
        auditor().queryParam("actor", reader).queryParam("to", changeAt).when().get("/audit-entries").then()
                .statusCode(200).body("items.recordId", contains(first)).body("items.action", contains("fixture.read"));
        auditor().queryParam("actor", reader).queryParam("from", changeAt).queryParam("to", readSecondAt).when()
                .get("/audit-entries").then().statusCode(200).body("items.action", contains("fixture.change"));
        auditor().queryParam("actor", reader).queryParam("from", changeAt).queryParam("to", changeAt).when()
                .get("/audit-entries").then().statusCode(200).body("items", empty()).body("next", nullValue());
        List<String> since = auditor().queryParam("from", readSecondAt).queryParam("limit", 200).when()
                .get("/audit-entries").then().statusCode(200).extract().path("items.occurredAt");
        assertFalse(since.isEmpty());
        since.forEach(at -> assertFalse(Instant.parse(at).isBefore(Instant.parse(readSecondAt)), at));

        // all of them at once
        auditor().queryParam("actor", reader).queryParam("action", "fixture.read").queryParam("recordId", first)
                .queryParam("from", readFirstAt).queryParam("to", readSecondAt).when().get("/audit-entries").then()
                .statusCode(200).body("items.occurredAt", contains(readFirstAt)).body("next", nullValue());
        auditor().queryParam("actor", reader).queryParam("action", "fixture.read").queryParam("recordId", second)
                .queryParam("from", readFirstAt).queryParam("to", readSecondAt).when().get("/audit-entries").then()
                .statusCode(200).body("items", empty());
    }

    @Test
    void aFilteredSearchIsPagedByAfterAndEachPageKeepsTheFilters() {
        String reader = "pager-" + UUID.randomUUID();
        String token = TOKENS.withRoles(reader, "supervisor");
        List<String> records = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            records.add(UUID.randomUUID().toString());
            read(token, records.get(i));
            if (i % 2 == 0) {
                refusedChange(token, records.get(i));
            }
        }
        String secondReadAt = auditor().queryParam("actor", reader).queryParam("recordId", records.get(1)).when()
                .get("/audit-entries").then().statusCode(200).extract().path("items[0].occurredAt");

        // five reads and three refused changes by the reader: the reads since the second, two a page
        List<String> paged = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            RequestSpecification request = auditor().queryParam("actor", reader).queryParam("action", "fixture.read")
                    .queryParam("from", secondReadAt).queryParam("limit", 2);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.when().get("/audit-entries").then().statusCode(200)
                    .body("items.action", everyItem(equalTo("fixture.read"))).extract().jsonPath();
            paged.addAll(page.getList("items.recordId", String.class));
            after = page.getString("next");
            pages++;
        } while (after != null && pages < 10);

        assertEquals(List.of(records.get(4), records.get(3), records.get(2), records.get(1)), paged);
        assertEquals(2, pages);
    }

    @Test
    void aBadFilterIsAValidationProblemInArabicAndEnglish() {
        for (String[] bad : new String[][] { { "from", "yesterday" }, { "to", "2026-12-07" }, { "from", "2026-02-30T00:00:00Z" } }) {
            auditor().queryParam(bad[0], bad[1]).when().get("/audit-entries").then()
                    .spec(Problems.of(400, "validation")).body("errors.field", contains(bad[0]));
        }
        auditor().queryParam("from", "2026-12-07T10:00:00Z").queryParam("to", "2026-12-07T09:59:59.999Z").when()
                .get("/audit-entries").then().spec(Problems.of(400, "validation"))
                .header("Content-Language", "en").body("errors.field", contains("to"))
                .body("errors.message", contains("The end of the time range (to) must not come before its start (from)."));
        auditor().header("Accept-Language", "ar").queryParam("from", "2026-12-08T00:00:00Z")
                .queryParam("to", "2026-12-01T00:00:00Z").when().get("/audit-entries").then()
                .spec(Problems.of(400, "validation")).header("Content-Language", "ar")
                .body("errors.field", contains("to"))
                .body("errors.message", contains("يجب ألا تأتي نهاية المدة (to) قبل بدايتها (from)."));
        auditor().queryParam("action", "x".repeat(65)).when().get("/audit-entries").then()
                .spec(Problems.of(400, "validation"));
        auditor().queryParam("from", "x".repeat(41)).when().get("/audit-entries").then()
                .spec(Problems.of(400, "validation"));
    }

    @Test
    void everyOtherRoleIsRefusedAndNoTokenIsUnauthenticated() {
        for (String token : new String[] { TOKENS.officer("supervisor", "NATIONAL"), TOKENS.officer("investigator", "IQ-BG"),
                TOKENS.citizen("citizen-1"), TOKENS.withRoles("operator", "admin"), TOKENS.service("cases-service") }) {
            given().auth().oauth2(token).when().get("/audit-entries").then().spec(Problems.forbidden());
            // the role is checked before the filters are read
            given().auth().oauth2(token).queryParam("action", "fixture.read").queryParam("from", "not-a-time").when()
                    .get("/audit-entries").then().spec(Problems.forbidden());
        }
        given().when().get("/audit-entries").then().spec(Problems.unauthenticated())
                .header("WWW-Authenticate", equalTo("Bearer"));
        given().auth().oauth2(TOKENS.forAudience("auditor-2", "cases-service", "auditor")).when().get("/audit-entries")
                .then().spec(Problems.unauthenticated());
    }

    private static RequestSpecification auditor() {
        return given().auth().oauth2(AUDITOR);
    }
}
