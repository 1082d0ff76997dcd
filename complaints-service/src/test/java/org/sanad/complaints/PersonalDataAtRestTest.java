package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;
import static org.sanad.complaints.Fixtures.etagOf;
import static org.sanad.complaints.Fixtures.fileAs;
import static org.sanad.complaints.Fixtures.triage;
import static org.sanad.complaints.Fixtures.victimOf;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sanad.testing.DatabaseScan;
import org.sanad.testing.Problems;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The victim's name and phone, the narrative, the demand's details, supplements, evidence file
 * names and officers' questions and notes are in the database only encrypted: a superuser grepping
 * every table finds none of them, yet authorised readers get them back, and officers still find a
 * victim's complaints by phone (blind index).
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class PersonalDataAtRestTest {

    private static final String GOVERNORATE = "IQ-AN";
    private static final String OFFICER = TOKENS.officer("intake-officer", GOVERNORATE);

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    /** A phone of the victim nobody else in the test database has: +96477 and eight random digits. */
    private static String uniquePhone() {
        return "+96477" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    @Test
    void noTableHoldsTheVictimsNamePhoneNarrativeSupplementNoteOrEvidenceInClearText() throws SQLException {
        String marker = "MARKER" + UUID.randomUUID().toString().replace("-", "");
        String phone = uniquePhone();
        Map<String, Object> body = complaint(GOVERNORATE);
        victimOf(body).put("name", "زينب " + marker);
        victimOf(body).put("contactPhone", phone);
        body.put("narrative", "يهددني " + marker + " بنشر الصور");
        body.put("demand", Map.of("types", List.of("OTHER"), "details", "يريد " + marker));
        String subject = "citizen-at-rest";
        String id = fileAs(subject, body);
        String filer = TOKENS.citizen(subject);

        triage(OFFICER, id, etagOf(OFFICER, id), Map.of("outcome", "UNDER_REVIEW")).statusCode(200);
        triage(OFFICER, id, etagOf(OFFICER, id), Map.of("outcome", "NEEDS_INFORMATION", "question", "ما اسم الحساب؟ " + marker,
                "internalNote", "note " + marker)).statusCode(200);
        given().auth().oauth2(filer).header("If-Match", etagOf(filer, id)).contentType(ContentType.JSON)
                .body(Map.of("text", "الحساب " + marker)).when().post("/complaints/" + id + "/supplements").then()
                .statusCode(200);
        given().auth().oauth2(filer).contentType("text/plain").queryParam("fileName", "chat " + marker + ".txt")
                .body(("chat " + marker).getBytes(StandardCharsets.UTF_8)).when().post("/complaints/" + id + "/evidence")
                .then().statusCode(201);

        assertEquals(List.of(), DatabaseScan.tablesHolding(jdbcUrl, marker));
        assertEquals(List.of(), DatabaseScan.tablesHolding(jdbcUrl, phone.substring(1)));

        // an authorised, audited read gets every value back
        given().auth().oauth2(OFFICER).when().get("/complaints/" + id).then().statusCode(200)
                .body("victim.name", equalTo("زينب " + marker))
                .body("victim.contactPhone", equalTo(phone))
                .body("narrative", equalTo("يهددني " + marker + " بنشر الصور"))
                .body("supplements[0].text", equalTo("الحساب " + marker))
                .body("demand.details", equalTo("يريد " + marker));
        given().auth().oauth2(OFFICER).when().get("/complaints/" + id + "/evidence").then().statusCode(200)
                .body("items.fileName", contains("chat " + marker + ".txt"));
        given().auth().oauth2(OFFICER).when().get("/complaints/" + id + "/history").then().statusCode(200)
                .body("items.internalNote", hasItem("note " + marker))
                .body("items.note", hasItem("ما اسم الحساب؟ " + marker));
    }

    @Test
    void noTableHoldsAVictimsNotificationPhoneOrPushSubscriptionInClearText() throws SQLException {
        String phone = uniquePhone();
        String marker = "MARKER" + UUID.randomUUID().toString().replace("-", "");
        JsonPath anonymous = given().contentType(ContentType.JSON).body(complaint(GOVERNORATE)).when()
                .post("/anonymous-complaints").then().statusCode(201).extract().jsonPath();
        given().header("X-Tracking-Secret", anonymous.getString("secret")).contentType(ContentType.JSON)
                .body(Map.of("channel", "SMS", "language", "en", "phone", phone)).when()
                .put("/tracking/" + anonymous.getString("trackingNumber") + "/notification-choice").then().statusCode(200);
        String subject = "citizen-push-at-rest";
        String id = fileAs(subject, complaint(GOVERNORATE));
        given().auth().oauth2(TOKENS.citizen(subject)).contentType(ContentType.JSON)
                .body(Map.of("channel", "WEB_PUSH", "language", "ar", "pushSubscription", Map.of(
                        "endpoint", "https://fcm.googleapis.com/fcm/send/" + marker,
                        "p256dh", "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4",
                        "auth", "BTBZMqHH6r4Tts7J_aSIgg")))
                .when().put("/complaints/" + id + "/notification-choice").then().statusCode(200);

        assertEquals(List.of(), DatabaseScan.tablesHolding(jdbcUrl, phone.substring(1)));
        assertEquals(List.of(), DatabaseScan.tablesHolding(jdbcUrl, marker));
        assertEquals(List.of(), DatabaseScan.tablesHolding(jdbcUrl, "BCVxsr7N_eNgVRqvHtD0zTZsEc6"));
        try (Connection app = DriverManager.getConnection(jdbcUrl, "sanad_app", "sanad_app");
                PreparedStatement update = app.prepareStatement(
                        "UPDATE victim_contact SET phone = '+9647700000000' WHERE complaint_id = ?")) {
            update.setObject(1, UUID.fromString(id));
            SQLException refused = assertThrows(SQLException.class, update::executeUpdate);
            assertTrue(refused.getMessage().contains("victim_contact_phone_encrypted"), refused.getMessage());
        }
    }

    @Test
    void theDatabaseRefusesClearTextInAnEncryptedColumnEvenFromTheServicesOwnRole() throws SQLException {
        String id = fileAs("citizen-clear-text", complaint(GOVERNORATE));
        try (Connection app = DriverManager.getConnection(jdbcUrl, "sanad_app", "sanad_app");
                PreparedStatement update = app.prepareStatement("UPDATE complaint SET narrative = 'in clear' WHERE id = ?")) {
            update.setObject(1, UUID.fromString(id));
            SQLException refused = assertThrows(SQLException.class, update::executeUpdate);
            assertTrue(refused.getMessage().contains("complaint_narrative_encrypted"), refused.getMessage());
        }
    }

    @Test
    void officersFindAVictimsComplaintsByPhoneInAnySpellingWithinTheirGovernorateAndTheSearchIsAudited() {
        String phone = uniquePhone();
        String national = "0" + phone.substring(4, 7) + " " + phone.substring(7, 10) + " " + phone.substring(10);
        Map<String, Object> body = complaint(GOVERNORATE);
        victimOf(body).put("contactPhone", national);
        String first = fileAs("citizen-by-phone", body);
        String second = fileAs("citizen-by-phone", body);
        fileAs("citizen-other-phone", complaint(GOVERNORATE));

        given().auth().oauth2(OFFICER).queryParam("victimPhone", phone).when().get("/complaints").then().statusCode(200)
                .body("items.id", contains(first, second));
        given().auth().oauth2(OFFICER).queryParam("victimPhone", "00" + phone.substring(1)).when().get("/complaints")
                .then().statusCode(200).body("items.id", contains(first, second));
        // a closed complaint is found too unless a status is asked for
        triage(OFFICER, first, etagOf(OFFICER, first), Map.of("outcome", "UNDER_REVIEW")).statusCode(200);
        triage(OFFICER, first, etagOf(OFFICER, first), Map.of("outcome", "REJECTED", "reason", "ليست ابتزازاً"))
                .statusCode(200);
        given().auth().oauth2(OFFICER).queryParam("victimPhone", phone).when().get("/complaints").then()
                .body("items.id", contains(first, second));
        given().auth().oauth2(OFFICER).queryParam("victimPhone", phone).queryParam("status", "SUBMITTED")
                .when().get("/complaints").then().body("items.id", contains(second));

        given().auth().oauth2(TOKENS.officer("intake-officer", "IQ-BG")).queryParam("victimPhone", phone)
                .when().get("/complaints").then().statusCode(200).body("items", empty());
        given().auth().oauth2(TOKENS.officer("intake-officer", "IQ-BG")).queryParam("victimPhone", phone)
                .queryParam("governorate", GOVERNORATE).when().get("/complaints").then().spec(Problems.forbidden());
        given().auth().oauth2(TOKENS.officer("investigator", GOVERNORATE)).queryParam("victimPhone", phone)
                .when().get("/complaints").then().spec(Problems.forbidden());
        given().auth().oauth2(OFFICER).queryParam("victimPhone", "not a phone").header("Accept-Language", "ar")
                .when().get("/complaints").then().statusCode(400).body("errors.field", contains("victimPhone"))
                .body("errors[0].message", equalTo("ليس رقم هاتف."));

        given().auth().oauth2(TOKENS.officer("auditor", "NATIONAL")).queryParam("actor", "intake-officer-IQ-AN")
                .when().get("/audit-entries").then().statusCode(200)
                .body("items.findAll { it.action == 'complaint.victim-phone.search' }.recordType", hasItem("victim-phone"))
                .body("items.recordId", not(hasItem(phone)));
    }

    @Test
    void theSearchInABodyFindsAVictimsComplaintsByPhoneAsTheQueryDidAndIsAuditedByTheBlindIndexOnly() {
        String phone = uniquePhone();
        Map<String, Object> body = complaint(GOVERNORATE);
        victimOf(body).put("contactPhone", "0" + phone.substring(4));
        String first = fileAs("citizen-by-phone-body", body);
        String second = fileAs("citizen-by-phone-body", body);
        fileAs("citizen-other-phone", complaint(GOVERNORATE));
        String subject = "phone-searcher-" + UUID.randomUUID().toString().substring(0, 8);
        String officer = TOKENS.namedOfficer(subject, "Officer", "FEMALE", "intake-officer", GOVERNORATE);

        search(officer, Map.of("victimPhone", phone)).statusCode(200).body("items.id", contains(first, second));
        search(officer, Map.of("victimPhone", "00" + phone.substring(1), "statuses", List.of("SUBMITTED"), "limit", 1))
                .statusCode(200).body("items.id", contains(first));
        // the deprecated query parameter still answers the same, for the callers that have not moved yet
        given().auth().oauth2(officer).queryParam("victimPhone", phone).when().get("/complaints").then().statusCode(200)
                .body("items.id", contains(first, second));
        // another governorate's officer: nothing of this one, and this one only by name, refused
        search(TOKENS.officer("intake-officer", "IQ-BG"), Map.of("victimPhone", phone)).statusCode(200)
                .body("items", empty());
        search(TOKENS.officer("intake-officer", "IQ-BG"), Map.of("victimPhone", phone, "governorate", GOVERNORATE))
                .spec(Problems.forbidden());
        search(TOKENS.officer("investigator", GOVERNORATE), Map.of("victimPhone", phone)).spec(Problems.forbidden());

        // each search is one entry, on the phone's blind index: the same for the body and the query, never the phone
        List<String> recordIds = given().auth().oauth2(TOKENS.officer("auditor", "NATIONAL")).queryParam("actor", subject)
                .queryParam("action", "complaint.victim-phone.search").when().get("/audit-entries").then().statusCode(200)
                .body("items", hasSize(3)).body("items.recordType", everyItem(equalTo("victim-phone")))
                .extract().path("items.recordId");
        assertEquals(1, Set.copyOf(recordIds).size(), recordIds.toString());
        String digits = phone.substring(4);
        assertTrue(recordIds.stream().noneMatch(id -> id.contains(digits)), recordIds.toString());
    }

    private static io.restassured.response.ValidatableResponse search(String token, Map<String, ?> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/complaints/searches")
                .then();
    }
}
