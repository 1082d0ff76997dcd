package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;
import static org.sanad.complaints.Fixtures.file;
import static org.sanad.complaints.Fixtures.fileAs;
import static org.sanad.complaints.Fixtures.victimOf;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanad.testing.Management;
import org.sanad.testing.Problems;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class ComplaintFilingTest {

    private static final String GOVERNORATE = "IQ-BG";

    @Test
    void aCitizenFilesAComplaintAndReadsItBackWithArabicIntact() {
        String token = TOKENS.citizen("citizen-filing-1");
        String id = file(token, complaint(GOVERNORATE))
                .statusCode(201)
                .header("Location", matchesPattern(".*/complaints/[0-9a-f-]{36}"))
                .header("ETag", "\"0\"")
                .body("trackingNumber", matchesPattern("IQ-\\d{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"))
                .body("secret", nullValue())
                .body("complaint.status", equalTo("SUBMITTED"))
                .extract().path("id");

        given().auth().oauth2(token).when().get("/complaints/" + id).then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("narrative", equalTo(Fixtures.NARRATIVE_AR))
                .body("victim.name", equalTo("زينب علي"))
                .body("victim.contactPhone", equalTo("+9647701234567"))
                .body("identifiers.normalisedValue", contains("+9647509876543", "dark.rose_99"))
                .body("identifiers.value", contains("+964 750 987 6543", "@Dark.Rose_99"))
                .body("filerKind", equalTo("CITIZEN"))
                .body("platforms", contains("FACEBOOK", "WHATSAPP"));
    }

    @Test
    void priorityFollowsTheRiskSignals() {
        Map<String, Object> calm = complaint(GOVERNORATE);
        calm.remove("demand");
        file(TOKENS.citizen("citizen-filing-2"), calm).statusCode(201)
                .body("complaint.priority", equalTo("LOW")).body("complaint.priorityScore", equalTo(0));

        file(TOKENS.citizen("citizen-filing-2"), complaint(GOVERNORATE)).statusCode(201)
                .body("complaint.priority", equalTo("MEDIUM")).body("complaint.priorityScore", equalTo(10));

        Map<String, Object> minorWithDeadline = complaint(GOVERNORATE);
        victimOf(minorWithDeadline).put("ageBand", "FROM_15_TO_17");
        victimOf(minorWithDeadline).put("minor", true);
        minorWithDeadline.put("deadline", java.time.Instant.now().plusSeconds(3600).toString());
        file(TOKENS.citizen("citizen-filing-2"), minorWithDeadline).statusCode(201)
                .body("complaint.priority", equalTo("HIGH")).body("complaint.priorityScore", equalTo(80));

        Map<String, Object> selfHarm = complaint(GOVERNORATE);
        selfHarm.put("selfHarmRisk", true);
        file(TOKENS.citizen("citizen-filing-2"), selfHarm).statusCode(201)
                .body("complaint.priority", equalTo("CRITICAL")).body("complaint.priorityScore", equalTo(110));
    }

    @Test
    void aParentFilesForAMinorChild() {
        Map<String, Object> body = complaint(GOVERNORATE);
        body.put("reporterRelation", "PARENT");
        victimOf(body).put("ageBand", "UNDER_15");
        victimOf(body).put("minor", true);
        file(TOKENS.citizen("parent-1"), body).statusCode(201)
                .body("complaint.reporterRelation", equalTo("PARENT"))
                .body("complaint.victim.minor", equalTo(true));
    }

    @Test
    void missingAndInvalidFieldsAreAllNamedInOneProblem() {
        Map<String, Object> body = complaint(GOVERNORATE);
        body.remove("narrative");
        body.put("platforms", List.of());
        victimOf(body).remove("ageBand");
        file(TOKENS.citizen("citizen-filing-3"), body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:sanad:problem:validation"))
                .body("status", equalTo(400))
                .body("title", equalTo("Invalid request"))
                .body("errors.field", containsInAnyOrder("narrative", "platforms", "victim.ageBand"));
    }

    @Test
    void rulesAcrossFieldsAreCheckedToo() {
        Map<String, Object> body = complaint("IQ-XX");
        victimOf(body).put("ageBand", "UNDER_15");
        victimOf(body).put("contactPhone", "12");
        body.put("demand", Map.of("types", List.of("MONEY")));
        body.put("amountPaid", Map.of("amount", 50, "currency", "XYZ"));
        body.put("identifiers", List.of(Map.of("type", "EMAIL", "value", "not-an-email")));
        file(TOKENS.citizen("citizen-filing-4"), body)
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("governorate", "victim.minor", "victim.contactPhone",
                        "demand.money", "amountPaid.currency", "identifiers[0].value"));
    }

    @Test
    void problemsSpeakArabicWhenAskedTo() {
        Map<String, Object> body = complaint("IQ-XX");
        given().auth().oauth2(TOKENS.citizen("citizen-filing-5")).contentType(ContentType.JSON)
                .header("Accept-Language", "ar-IQ, en;q=0.5").body(body)
                .when().post("/complaints").then()
                .statusCode(400)
                .header("Content-Language", "ar")
                .body("title", equalTo("طلب غير صالح"))
                .body("errors[0].message", equalTo("رمز محافظة غير معروف."));
    }

    @Test
    void malformedJsonIsAProblemNotACrash() {
        given().auth().oauth2(TOKENS.citizen("citizen-filing-6")).contentType(ContentType.JSON)
                .body("{\"reporterRelation\": \"SELF\", \"victim\": }")
                .when().post("/complaints").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:sanad:problem:malformed-request"));
        // a body cut short reads as no body at all: still a 400 problem
        given().auth().oauth2(TOKENS.citizen("citizen-filing-6")).contentType(ContentType.JSON)
                .body("{\"reporterRelation\": \"SELF\", \"victim\": ")
                .when().post("/complaints").then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void anUnknownEnumValueNamesTheField() {
        Map<String, Object> body = complaint(GOVERNORATE);
        body.put("platforms", List.of("MYSPACE"));
        file(TOKENS.citizen("citizen-filing-7"), body)
                .statusCode(400)
                .body("type", equalTo("urn:sanad:problem:malformed-request"))
                .body("errors[0].field", equalTo("platforms[0]"));
    }

    @Test
    void anUnknownFieldIsRefused() {
        Map<String, Object> body = complaint(GOVERNORATE);
        body.put("victimName", "typo");
        file(TOKENS.citizen("citizen-filing-8"), body).statusCode(400)
                .body("errors[0].field", equalTo("victimName"));
    }

    @Test
    void filingNeedsACitizenToken() {
        given().contentType(ContentType.JSON).body(complaint(GOVERNORATE))
                .when().post("/complaints").then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json")
                .body("type", equalTo("urn:sanad:problem:unauthenticated"));
        file(TOKENS.officer("investigator", GOVERNORATE), complaint(GOVERNORATE)).statusCode(403)
                .body("type", equalTo("urn:sanad:problem:forbidden"));
        file(TOKENS.forAudience("citizen-filing-9", "another-service", "citizen"), complaint(GOVERNORATE))
                .spec(Problems.unauthenticated());
        given().auth().oauth2("not.a.token").contentType(ContentType.JSON).body(complaint(GOVERNORATE))
                .when().post("/complaints").then().spec(Problems.unauthenticated());
    }

    @Test
    void aCitizenSeesOnlyTheirOwnComplaints() {
        String mine = fileAs("citizen-own-1", complaint(GOVERNORATE));
        String theirs = fileAs("citizen-own-2", complaint(GOVERNORATE));

        given().auth().oauth2(TOKENS.citizen("citizen-own-1")).when().get("/complaints/mine").then()
                .statusCode(200)
                .body("items.id", contains(mine))
                .body("items[0].victimName", nullValue())
                .body("next", nullValue());
        given().auth().oauth2(TOKENS.citizen("citizen-own-1")).when().get("/complaints/" + theirs).then()
                .statusCode(404)
                .body("type", equalTo("urn:sanad:problem:not-found"));
        given().auth().oauth2(TOKENS.officer("intake-officer", GOVERNORATE)).when().get("/complaints/mine").then()
                .spec(Problems.forbidden());
    }

    @Test
    void officersReadComplaintsOfTheirGovernorateOnly() {
        String id = fileAs("citizen-read-1", complaint(GOVERNORATE));
        for (String role : List.of("intake-officer", "supervisor", "investigator")) {
            given().auth().oauth2(TOKENS.officer(role, GOVERNORATE)).when().get("/complaints/" + id).then()
                    .statusCode(200).body("id", equalTo(id));
            given().auth().oauth2(TOKENS.officer(role, "IQ-BA")).when().get("/complaints/" + id).then()
                    .spec(Problems.forbidden());
        }
        given().auth().oauth2(TOKENS.officer("intake-officer", "NATIONAL")).when().get("/complaints/" + id).then()
                .statusCode(200);
        for (String role : List.of("prosecutor", "court-system", "auditor", "admin")) {
            given().auth().oauth2(TOKENS.officer(role, GOVERNORATE)).when().get("/complaints/" + id).then()
                    .spec(Problems.forbidden());
        }
    }

    @Test
    void readsOfVictimDataAndRefusalsAreAudited() {
        String id = fileAs("citizen-audit-1", complaint(GOVERNORATE));
        given().auth().oauth2(TOKENS.officer("investigator", GOVERNORATE)).when().get("/complaints/" + id)
                .then().statusCode(200);
        given().auth().oauth2(TOKENS.officer("investigator", "IQ-BA")).when().get("/complaints/" + id)
                .then().spec(Problems.forbidden());

        List<Map<String, Object>> entries = given().auth().oauth2(TOKENS.withRoles("auditor-1", "auditor"))
                .queryParam("recordId", id)
                .when().get("/audit-entries").then()
                .statusCode(200)
                .body("items.action", hasItem("complaint.file"))
                .extract().path("items");
        assertEquals(3, entries.size());
        assertEquals(List.of("complaint.read", "complaint.read", "complaint.file"),
                entries.stream().map(e -> e.get("action")).toList());
        assertEquals(List.of("DENIED", "SUCCESS", "SUCCESS"), entries.stream().map(e -> e.get("outcome")).toList());
        assertEquals("investigator-IQ-BA", entries.get(0).get("actorSubject"));
        assertEquals(List.of("investigator"), entries.get(0).get("actorRoles"));

        given().auth().oauth2(TOKENS.officer("supervisor", GOVERNORATE)).when().get("/audit-entries").then()
                .spec(Problems.forbidden());
    }

    @Test
    void anAuditorFindsWhoReadAVictimsComplaintByActionAndTime() {
        String id = fileAs("citizen-audit-4", complaint(GOVERNORATE));
        String auditor = TOKENS.withRoles("auditor-1", "auditor");
        String filedAt = given().auth().oauth2(auditor).queryParam("recordId", id).queryParam("action", "complaint.file")
                .when().get("/audit-entries").then().statusCode(200).body("items.actorSubject", contains("citizen-audit-4"))
                .extract().path("items[0].occurredAt");
        given().auth().oauth2(TOKENS.officer("investigator", GOVERNORATE)).when().get("/complaints/" + id).then()
                .statusCode(200);
        given().auth().oauth2(TOKENS.officer("supervisor", GOVERNORATE)).when().get("/complaints/" + id).then()
                .statusCode(200);

        given().auth().oauth2(auditor).queryParam("recordId", id).queryParam("action", "complaint.read")
                .queryParam("from", filedAt).when().get("/audit-entries").then().statusCode(200)
                .body("items.actorSubject", contains("supervisor-" + GOVERNORATE, "investigator-" + GOVERNORATE))
                .body("items.actorRoles", contains(List.of("supervisor"), List.of("investigator")))
                .body("items.recordType", contains("complaint", "complaint"))
                .body("items.outcome", contains("SUCCESS", "SUCCESS"));
        given().auth().oauth2(auditor).queryParam("recordId", id).queryParam("action", "complaint.read")
                .queryParam("to", filedAt).when().get("/audit-entries").then().statusCode(200)
                .body("items", empty());
        given().auth().oauth2(TOKENS.officer("investigator", GOVERNORATE)).queryParam("action", "complaint.read")
                .when().get("/audit-entries").then().spec(Problems.forbidden());
    }

    @Test
    void readsOfTheHistoryAndTheEvidenceListAreAuditedToo() {
        String id = fileAs("citizen-audit-3", complaint(GOVERNORATE));
        String investigator = TOKENS.officer("investigator", GOVERNORATE);
        given().auth().oauth2(investigator).when().get("/complaints/" + id + "/history").then().statusCode(200);
        given().auth().oauth2(investigator).when().get("/complaints/" + id + "/evidence").then().statusCode(200);
        given().auth().oauth2(TOKENS.withRoles("auditor-1", "auditor")).queryParam("recordId", id).when()
                .get("/audit-entries").then().statusCode(200)
                .body("items.action", contains("evidence.list", "complaint.history.read", "complaint.file"))
                .body("items.actorSubject", contains("investigator-" + GOVERNORATE, "investigator-" + GOVERNORATE,
                        "citizen-audit-3"));
    }

    @Test
    void refusalsByTheRoleChecksAreAuditedTooWithoutTrustingARefusedToken() {
        String id = fileAs("citizen-audit-2", complaint(GOVERNORATE));
        String endpoint = "GET /complaints/" + id + "/history";
        // a citizen at the officers' queue, nobody, and an expired token at the citizen's own complaint
        given().auth().oauth2(TOKENS.citizen("citizen-audit-2")).queryParam("governorate", GOVERNORATE).when()
                .get("/complaints").then().spec(Problems.forbidden());
        given().when().get("/complaints/" + id + "/history").then().spec(Problems.unauthenticated());
        given().auth().oauth2(TOKENS.expiredCitizen("citizen-audit-2")).when().get("/complaints/" + id + "/history")
                .then().spec(Problems.unauthenticated());

        String auditor = TOKENS.withRoles("auditor-1", "auditor");
        given().auth().oauth2(auditor).queryParam("actor", "citizen-audit-2").when().get("/audit-entries").then()
                .statusCode(200)
                .body("items.find { it.action == 'endpoint.access' }.recordId", equalTo("GET /complaints"))
                .body("items.find { it.action == 'endpoint.access' }.outcome", equalTo("DENIED"));
        List<Map<String, Object>> unauthenticated = given().auth().oauth2(auditor).queryParam("recordId", endpoint)
                .when().get("/audit-entries").then().statusCode(200).extract().path("items");
        assertEquals(2, unauthenticated.size());
        assertEquals(List.of("anonymous", "anonymous"), unauthenticated.stream().map(e -> e.get("actorSubject")).toList());
        assertEquals(List.of("DENIED", "DENIED"), unauthenticated.stream().map(e -> e.get("outcome")).toList());
    }

    @Test
    void unknownRoutesAndMethodsAreProblemsToo() {
        given().auth().oauth2(TOKENS.citizen("c")).when().get("/complaints/not-a-uuid/nowhere").then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TOKENS.citizen("c")).when().delete("/complaints/mine").then()
                .statusCode(405).contentType("application/problem+json");
    }

    @Test
    void healthMetricsAndTheContractAreServedOnTheManagementPortOnly() {
        for (String path : new String[] { "/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/" }) {
            Management.request().when().get(path).then().statusCode(200);
            given().when().get(path).then().statusCode(404).contentType("application/problem+json");
        }
    }

    @Test
    void aCitizenPagesThroughTheirComplaintsNewestFirst() {
        String citizen = TOKENS.citizen("citizen-many");
        List<String> filed = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            filed.add(0, fileAs("citizen-many", complaint(GOVERNORATE)));
        }
        String next = given().auth().oauth2(citizen).queryParam("limit", 2).when().get("/complaints/mine").then()
                .statusCode(200).body("items.id", contains(filed.get(0), filed.get(1)))
                .body("next", notNullValue()).extract().path("next");
        given().auth().oauth2(citizen).queryParam("limit", 2).queryParam("after", next).when().get("/complaints/mine")
                .then().statusCode(200).body("items.id", contains(filed.get(2))).body("next", nullValue());
        given().auth().oauth2(citizen).queryParam("after", "bm90IGEgY3Vyc29y").when().get("/complaints/mine").then()
                .statusCode(400).body("type", equalTo("urn:sanad:problem:validation"))
                .body("errors[0].field", equalTo("after"));
    }

}
