package org.sanad.complaints;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.sanad.testing.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Complaint bodies and the calls most tests start from. */
public final class Fixtures {

    /** Signed tokens for complaints-service. */
    public static final TestTokens TOKENS = new TestTokens("complaints-service");

    public static final String NARRATIVE_AR = "يهددني شخص بنشر صوري الخاصة على فيسبوك إذا لم أدفع له مليون دينار.";

    private Fixtures() {
    }

    /** A valid complaint in {@code governorate}; tests change what they need. */
    public static Map<String, Object> complaint(String governorate) {
        Map<String, Object> victim = new HashMap<>(Map.of(
                "name", "زينب علي",
                "contactPhone", "0770 123 4567",
                "ageBand", "FROM_18_TO_24",
                "minor", false,
                "gender", "FEMALE",
                "prefersSameGenderOfficer", true));
        Map<String, Object> body = new HashMap<>();
        body.put("reporterRelation", "SELF");
        body.put("victim", victim);
        body.put("governorate", governorate);
        body.put("platforms", List.of("FACEBOOK", "WHATSAPP"));
        body.put("identifiers", new ArrayList<>(List.of(
                Map.of("type", "PHONE", "value", "+964 750 987 6543"),
                Map.of("type", "ACCOUNT_HANDLE", "value", "@Dark.Rose_99"))));
        body.put("threatTypes", List.of("PUBLISH_INTIMATE_IMAGES"));
        body.put("demand", Map.of("types", List.of("MONEY"),
                "money", Map.of("amount", 1000000, "currency", "IQD")));
        body.put("narrative", NARRATIVE_AR);
        body.put("selfHarmRisk", false);
        return body;
    }

    /** A JPEG header followed by random bytes: what a phone camera upload looks like to the service. */
    public static byte[] jpeg(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return bytes;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> victimOf(Map<String, Object> complaint) {
        return (Map<String, Object>) complaint.get("victim");
    }

    public static ValidatableResponse file(String token, Map<String, Object> complaint) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(complaint)
                .when().post("/complaints").then();
    }

    /** Files as citizen {@code subject} and answers the new complaint's id. */
    public static String fileAs(String subject, Map<String, Object> complaint) {
        return file(TOKENS.citizen(subject), complaint).statusCode(201).extract().path("id");
    }

    public static String etagOf(String token, String complaintId) {
        return given().auth().oauth2(token).when().get("/complaints/" + complaintId)
                .then().statusCode(200).extract().header("ETag");
    }

    public static ValidatableResponse triage(String officerToken, String complaintId, String etag,
            Map<String, Object> decision) {
        return given().auth().oauth2(officerToken).contentType(ContentType.JSON).header("If-Match", etag)
                .body(decision).when().post("/complaints/" + complaintId + "/triage").then();
    }
}
