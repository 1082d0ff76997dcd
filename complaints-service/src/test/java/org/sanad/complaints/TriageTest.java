package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;
import static org.sanad.complaints.Fixtures.etagOf;
import static org.sanad.complaints.Fixtures.fileAs;
import static org.sanad.complaints.Fixtures.triage;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sanad.testing.Problems;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class TriageTest {

    private static final String GOVERNORATE = "IQ-NI";
    private static final String OFFICER = TOKENS.officer("intake-officer", GOVERNORATE);

    /** Files a complaint and walks it to {@code status} through legal decisions; answers its id. */
    private static String complaintIn(String status) {
        String id = fileAs("citizen-triage", complaint(GOVERNORATE));
        List<String> path = switch (status) {
            case "SUBMITTED" -> List.of();
            case "UNDER_REVIEW" -> List.of("UNDER_REVIEW");
            case "NEEDS_INFORMATION" -> List.of("UNDER_REVIEW", "NEEDS_INFORMATION");
            case "ACCEPTED" -> List.of("UNDER_REVIEW", "ACCEPTED");
            case "REJECTED" -> List.of("REJECTED");
            case "DUPLICATE" -> List.of("DUPLICATE");
            default -> throw new IllegalArgumentException(status);
        };
        for (String step : path) {
            triage(OFFICER, id, etagOf(OFFICER, id), decision(step)).statusCode(200);
        }
        return id;
    }

    private static Map<String, Object> decision(String outcome) {
        return switch (outcome) {
            case "NEEDS_INFORMATION" -> Map.of("outcome", outcome, "question", "Send the screenshots, please.");
            case "REJECTED" -> Map.of("outcome", outcome, "reason", "Not an extortion case.");
            case "DUPLICATE" -> Map.of("outcome", outcome, "duplicateOf", fileAs("citizen-original", complaint(GOVERNORATE)));
            default -> Map.of("outcome", outcome);
        };
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "SUBMITTED, UNDER_REVIEW, 200",
            "SUBMITTED, DUPLICATE, 200",
            "SUBMITTED, REJECTED, 200",
            "SUBMITTED, NEEDS_INFORMATION, 409",
            "SUBMITTED, ACCEPTED, 409",
            "UNDER_REVIEW, NEEDS_INFORMATION, 200",
            "UNDER_REVIEW, DUPLICATE, 200",
            "UNDER_REVIEW, REJECTED, 200",
            "UNDER_REVIEW, ACCEPTED, 200",
            "UNDER_REVIEW, UNDER_REVIEW, 409",
            "NEEDS_INFORMATION, UNDER_REVIEW, 200",
            "NEEDS_INFORMATION, REJECTED, 200",
            "NEEDS_INFORMATION, DUPLICATE, 200",
            "NEEDS_INFORMATION, ACCEPTED, 409",
            "ACCEPTED, REJECTED, 409",
            "ACCEPTED, UNDER_REVIEW, 409",
            "REJECTED, UNDER_REVIEW, 409",
            "REJECTED, ACCEPTED, 409",
            "DUPLICATE, UNDER_REVIEW, 409",
    })
    void transitions(String from, String to, int expected) {
        String id = complaintIn(from);
        var response = triage(OFFICER, id, etagOf(OFFICER, id), decision(to)).statusCode(expected);
        if (expected == 200) {
            response.body("status", equalTo(to));
        } else {
            response.contentType("application/problem+json")
                    .body("type", equalTo("urn:sanad:problem:illegal-transition"));
        }
    }

    @Test
    void decisionsNeedTheirDetails() {
        String id = complaintIn("UNDER_REVIEW");
        String etag = etagOf(OFFICER, id);
        triage(OFFICER, id, etag, Map.of("outcome", "NEEDS_INFORMATION")).statusCode(400)
                .body("errors.field", contains("question"));
        triage(OFFICER, id, etag, Map.of("outcome", "REJECTED", "reason", " ")).statusCode(400)
                .body("errors.field", contains("reason"));
        triage(OFFICER, id, etag, Map.of("outcome", "DUPLICATE")).statusCode(400)
                .body("errors.field", contains("duplicateOf"));
        triage(OFFICER, id, etag, Map.of("outcome", "DUPLICATE", "duplicateOf", id)).statusCode(400);
        triage(OFFICER, id, etag, Map.of("outcome", "DUPLICATE", "duplicateOf", UUID.randomUUID().toString()))
                .statusCode(400);
        triage(OFFICER, id, etag, Map.of("outcome", "MAYBE")).statusCode(400);
    }

    @Test
    void staleAndMissingVersionsAreRefused() {
        String id = complaintIn("SUBMITTED");
        String etag = etagOf(OFFICER, id);
        triage(OFFICER, id, etag, decision("UNDER_REVIEW")).statusCode(200).header("ETag", "\"1\"");
        triage(OFFICER, id, etag, decision("REJECTED")).statusCode(412)
                .body("type", equalTo("urn:sanad:problem:stale-version"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(decision("REJECTED"))
                .when().post("/complaints/" + id + "/triage").then()
                .statusCode(428)
                .body("type", equalTo("urn:sanad:problem:version-required"));
        triage(OFFICER, id, "W/\"1\"", decision("REJECTED")).statusCode(200);
    }

    @Test
    void onlyIntakeOfficersOfTheGovernorateDecide() {
        String id = complaintIn("SUBMITTED");
        String etag = etagOf(OFFICER, id);
        triage(TOKENS.officer("intake-officer", "IQ-AR"), id, etag, decision("UNDER_REVIEW")).statusCode(403)
                .body("type", equalTo("urn:sanad:problem:forbidden"));
        for (String role : List.of("supervisor", "investigator", "prosecutor", "auditor", "admin", "court-system")) {
            triage(TOKENS.officer(role, GOVERNORATE), id, etag, decision("UNDER_REVIEW")).spec(Problems.forbidden());
        }
        triage(TOKENS.citizen("citizen-triage"), id, etag, decision("UNDER_REVIEW")).spec(Problems.forbidden());
        triage(TOKENS.withRoles("no-governorate", "intake-officer"), id, etag, decision("UNDER_REVIEW"))
                .spec(Problems.forbidden());
        triage(TOKENS.officer("intake-officer", "NATIONAL"), id, etag, decision("UNDER_REVIEW")).statusCode(200);
    }

    @Test
    void theFilerSeesTheQuestionButNotTheInternalNoteAndAnswersIt() {
        String filer = TOKENS.citizen("citizen-triage-answer");
        String id = fileAs("citizen-triage-answer", complaint(GOVERNORATE));
        triage(OFFICER, id, etagOf(OFFICER, id), decision("UNDER_REVIEW")).statusCode(200);
        triage(OFFICER, id, etagOf(OFFICER, id), Map.of("outcome", "NEEDS_INFORMATION",
                "question", "ما اسم الحساب؟", "internalNote", "suspect known to unit 3")).statusCode(200);

        given().auth().oauth2(filer).when().get("/complaints/" + id + "/history").then()
                .statusCode(200)
                .body("items.to", contains("SUBMITTED", "UNDER_REVIEW", "NEEDS_INFORMATION"))
                .body("items[2].note", equalTo("ما اسم الحساب؟"))
                .body("items[2].internalNote", equalTo(null))
                .body("items[2].actor", equalTo(null));
        given().auth().oauth2(OFFICER).when().get("/complaints/" + id + "/history").then()
                .body("items[2].internalNote", equalTo("suspect known to unit 3"))
                .body("items[2].actor", equalTo("intake-officer-IQ-NI"));

        given().auth().oauth2(filer).header("If-Match", etagOf(filer, id)).contentType(ContentType.JSON)
                .body(Map.of("text", "الحساب dark.rose", "identifiers",
                        List.of(Map.of("type", "ACCOUNT_HANDLE", "value", "@Dark.Rose")), "selfHarmRisk", true))
                .when().post("/complaints/" + id + "/supplements").then()
                .statusCode(200)
                .body("status", equalTo("UNDER_REVIEW"))
                .body("pendingQuestion", equalTo(null))
                .body("priority", equalTo("CRITICAL"))
                .body("supplements[0].text", equalTo("الحساب dark.rose"))
                .body("identifiers.normalisedValue", hasItem("dark.rose"));
        given().auth().oauth2(OFFICER).when().get("/complaints/" + id + "/history").then()
                .body("items.to", contains("SUBMITTED", "UNDER_REVIEW", "NEEDS_INFORMATION", "UNDER_REVIEW"))
                .body("items[3].actor", equalTo("citizen-triage-answer"));
    }

    @Test
    void supplementsAreForTheFilerOfAnOpenComplaint() {
        String filer = TOKENS.citizen("citizen-triage");
        String id = complaintIn("ACCEPTED");
        given().auth().oauth2(filer).header("If-Match", etagOf(filer, id)).contentType(ContentType.JSON)
                .body(Map.of("text", "more")).when().post("/complaints/" + id + "/supplements").then()
                .statusCode(409);
        String open = complaintIn("SUBMITTED");
        given().auth().oauth2(filer).header("If-Match", etagOf(filer, open)).contentType(ContentType.JSON)
                .body(Map.of()).when().post("/complaints/" + open + "/supplements").then()
                .statusCode(400).body("errors.field", contains("text"));
        given().auth().oauth2(TOKENS.citizen("someone-else")).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("text", "x")).when().post("/complaints/" + open + "/supplements").then()
                .spec(Problems.notFound());
        given().auth().oauth2(OFFICER).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("text", "x")).when().post("/complaints/" + open + "/supplements").then()
                .spec(Problems.forbidden());
    }

    @Test
    void filersWithdrawUndecidedComplaintsButNeverAMinorsOne() {
        String filer = TOKENS.citizen("citizen-triage");
        String id = complaintIn("UNDER_REVIEW");
        given().auth().oauth2(filer).header("If-Match", etagOf(filer, id)).contentType(ContentType.JSON)
                .body(Map.of("reason", "تم حل المشكلة")).when().post("/complaints/" + id + "/withdrawal").then()
                .statusCode(200).body("status", equalTo("WITHDRAWN"));
        given().auth().oauth2(filer).when().get("/complaints/" + id + "/history").then()
                .body("items[2].note", equalTo("تم حل المشكلة"));

        String open = complaintIn("SUBMITTED");
        given().auth().oauth2(OFFICER).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of()).when().post("/complaints/" + open + "/withdrawal").then().spec(Problems.forbidden());
        given().auth().oauth2(TOKENS.citizen("not-the-filer")).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of()).when().post("/complaints/" + open + "/withdrawal").then().spec(Problems.notFound());
        given().auth().oauth2(TOKENS.officer("investigator", "IQ-AR")).when().get("/complaints/" + open + "/history")
                .then().spec(Problems.forbidden());

        String accepted = complaintIn("ACCEPTED");
        given().auth().oauth2(filer).header("If-Match", etagOf(filer, accepted)).contentType(ContentType.JSON)
                .body(Map.of()).when().post("/complaints/" + accepted + "/withdrawal").then()
                .statusCode(409).body("type", equalTo("urn:sanad:problem:illegal-transition"));

        Map<String, Object> minor = complaint(GOVERNORATE);
        Fixtures.victimOf(minor).put("ageBand", "UNDER_15");
        Fixtures.victimOf(minor).put("minor", true);
        String minorId = fileAs("citizen-triage", minor);
        given().auth().oauth2(filer).header("If-Match", etagOf(filer, minorId)).contentType(ContentType.JSON)
                .header("Accept-Language", "ar")
                .body(Map.of()).when().post("/complaints/" + minorId + "/withdrawal").then()
                .statusCode(409)
                .body("type", equalTo("urn:sanad:problem:withdrawal-refused"))
                .body("detail", equalTo("لا يمكن سحب شكوى تخص ضحية قاصراً."));
    }
}
