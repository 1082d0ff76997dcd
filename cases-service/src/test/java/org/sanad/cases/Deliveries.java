package org.sanad.cases;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sanad.cases.domain.CaseComplaint;
import org.sanad.testing.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Hand-offs as complaints-service sends them, and tokens for cases-service. */
public final class Deliveries {

    public static final TestTokens TOKENS = new TestTokens("cases-service");
    public static final String RELAY = TOKENS.service("complaints-service");

    private Deliveries() {
    }

    /** A delivery of a fresh complaint in {@code governorate} naming the given phone. */
    public static Map<String, Object> delivery(String governorate, String phone) {
        Map<String, Object> body = new HashMap<>();
        body.put("deliveryId", UUID.randomUUID().toString());
        body.put("complaintId", UUID.randomUUID().toString());
        body.put("trackingNumber", "IQ-2026-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase() + "-TEST");
        body.put("governorate", governorate);
        body.put("priority", "MEDIUM");
        body.put("priorityScore", 10);
        body.put("victim", Map.of("minor", false));
        body.put("selfHarmRisk", false);
        body.put("platforms", List.of("INSTAGRAM"));
        body.put("threatTypes", List.of("PUBLISH_INTIMATE_IMAGES"));
        body.put("demandTypes", List.of("MONEY"));
        body.put("money", Map.of("amount", 1000000, "currency", "IQD"));
        body.put("identifiers", new ArrayList<>(List.of(Map.of("type", "PHONE", "value", phone))));
        body.put("evidence", new ArrayList<>());
        body.put("acceptedAt", Instant.now().toString());
        body.put("acceptedBy", "intake-officer-" + governorate);
        return body;
    }

    public static ValidatableResponse deliver(Map<String, Object> delivery) {
        return given().auth().oauth2(RELAY).contentType(ContentType.JSON).body(delivery)
                .when().post("/complaint-deliveries").then();
    }

    /** Delivers and answers the id of the (first) case the complaint landed in. */
    public static String deliverToCase(Map<String, Object> delivery) {
        deliver(delivery).statusCode(204);
        return caseOf((String) delivery.get("complaintId"));
    }

    public static String caseOf(String complaintId) {
        return QuarkusTransaction.requiringNew().call(() -> CaseComplaint.<CaseComplaint> find(
                "complaintId = ?1 order by linkedAt, id", UUID.fromString(complaintId)).firstResult().caseId.toString());
    }

    public static String etag(String token, String caseId) {
        return given().auth().oauth2(token).when().get("/cases/" + caseId).then().statusCode(200)
                .extract().header("ETag");
    }
}
