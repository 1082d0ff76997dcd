package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;
import static org.sanad.complaints.Fixtures.etagOf;
import static org.sanad.complaints.Fixtures.file;
import static org.sanad.complaints.Fixtures.jpeg;
import static org.sanad.complaints.Fixtures.triage;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sanad.testing.ContractSchemas;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * What the service really answers is what its contract says: every property a schema requires is
 * in the answer, null only where the schema allows it, and nothing is there the schema does not
 * list. Generated clients trust the contract's {@code required} (a filed complaint's id is not
 * optional), so a property the service leaves out or sends as null must not be required.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class ResponsesMatchContractTest {

    private static final String GOVERNORATE = "IQ-DI";
    private static final String OFFICER = TOKENS.officer("intake-officer", GOVERNORATE);

    @Test
    void aFiledComplaintItsReadsAndItsHistoryAreWhatTheContractSays() throws IOException {
        ContractSchemas contract = ContractSchemas.served();
        String citizen = TOKENS.citizen("citizen-contract");
        // the least a filing can say: no demand, no deadline, nothing paid, no identifiers
        Map<String, Object> body = complaint(GOVERNORATE);
        body.remove("demand");
        body.remove("identifiers");
        String filed = file(citizen, body).statusCode(201).extract().asString();
        contract.assertConforms("FiledComplaint", filed);
        String id = JsonPath.from(filed).getString("id");

        contract.assertConforms("Complaint", given().auth().oauth2(citizen).when().get("/complaints/" + id)
                .then().statusCode(200).extract().asString());
        contract.assertConforms("PageComplaintSummary", given().auth().oauth2(citizen).when().get("/complaints/mine")
                .then().statusCode(200).extract().asString());

        // an officer's question: the complaint now has a pending question, its history a note and an actor
        triage(OFFICER, id, etagOf(OFFICER, id), Map.of("outcome", "UNDER_REVIEW")).statusCode(200);
        String asked = triage(OFFICER, id, etagOf(OFFICER, id),
                Map.of("outcome", "NEEDS_INFORMATION", "question", "هل يمكنك إرسال لقطة شاشة للرسالة الأولى؟"))
                .statusCode(200).extract().asString();
        contract.assertConforms("Complaint", asked);
        contract.assertConforms("PageHistoryEntry", given().auth().oauth2(OFFICER).when().get("/complaints/" + id + "/history")
                .then().statusCode(200).extract().asString());
        contract.assertConforms("PageHistoryEntry", given().auth().oauth2(citizen).when().get("/complaints/" + id + "/history")
                .then().statusCode(200).extract().asString());
        contract.assertConforms("PageComplaintSummary", given().auth().oauth2(OFFICER)
                .when().get("/complaints").then().statusCode(200).extract().asString());

        String evidence = given().auth().oauth2(citizen).contentType("image/jpeg").queryParam("fileName", "تهديد.jpg")
                .body(jpeg(2048)).when().post("/complaints/" + id + "/evidence").then().statusCode(201).extract().asString();
        contract.assertConforms("Evidence", evidence);
        contract.assertConforms("PageEvidenceView", given().auth().oauth2(citizen).when().get("/complaints/" + id + "/evidence")
                .then().statusCode(200).extract().asString());
    }

    @Test
    void aComplaintFiledInFullIsWhatTheContractSays() throws IOException {
        ContractSchemas contract = ContractSchemas.served();
        String citizen = TOKENS.citizen("citizen-contract-full");
        Map<String, Object> body = complaint(GOVERNORATE);
        body.put("deadline", Instant.now().plusSeconds(86_400).toString());
        body.put("amountPaid", Map.of("amount", 250000, "currency", "IQD"));
        // a labelled PDQ hash, and an MD5 hash without quality or label
        body.put("imageHashes", java.util.List.of(
                Map.of("algorithm", "PDQ", "value", "f".repeat(64), "quality", 40, "label", "صورة العيد"),
                Map.of("algorithm", "MD5", "value", "0".repeat(32))));
        String filed = file(citizen, body).statusCode(201).extract().asString();
        contract.assertConforms("FiledComplaint", filed);
        String id = JsonPath.from(filed).getString("id");
        contract.assertConforms("Complaint", given().auth().oauth2(OFFICER).when().get("/complaints/" + id)
                .then().statusCode(200).extract().asString());
    }

    @Test
    void anAnonymousFilingAndItsTrackingAreWhatTheContractSays() throws IOException {
        ContractSchemas contract = ContractSchemas.served();
        Map<String, Object> body = complaint(GOVERNORATE);
        Fixtures.victimOf(body).remove("name");
        Fixtures.victimOf(body).remove("contactPhone");
        body.put("imageHashes", java.util.List.of(Map.of("algorithm", "MD5", "value", "0".repeat(32))));
        String filed = given().contentType(ContentType.JSON).body(body).when().post("/anonymous-complaints")
                .then().statusCode(201).extract().asString();
        contract.assertConforms("FiledComplaint", filed);
        JsonPath answer = JsonPath.from(filed);
        contract.assertConforms("Tracking", given().header("X-Tracking-Secret", answer.getString("secret"))
                .when().get("/tracking/" + answer.getString("trackingNumber")).then().statusCode(200).extract().asString());
    }

    @Test
    void theReferenceDataIsWhatTheContractSays() throws IOException {
        ContractSchemas.served().assertConforms("ReferenceData", given().when().get("/reference-data").then()
                .statusCode(200).extract().asString());
    }

    @Test
    void theWebPushKeyIsWhatTheContractSays() throws IOException {
        ContractSchemas.served().assertConforms("WebPushKey", given().when().get("/notifications/web-push-key").then()
                .statusCode(200).extract().asString());
    }

    @Test
    void problemsAreWhatTheContractSays() throws IOException {
        ContractSchemas contract = ContractSchemas.served();
        String citizen = TOKENS.citizen("citizen-contract-problems");
        contract.assertConforms("Problem", given().auth().oauth2(citizen).header("Accept-Language", "ar")
                .when().get("/complaints/" + UUID.randomUUID()).then().statusCode(404).extract().asString());
        contract.assertConforms("Problem", given().auth().oauth2(citizen).contentType(ContentType.JSON).body(Map.of())
                .when().post("/complaints").then().statusCode(400).extract().asString());
        contract.assertConforms("Problem", given().when().get("/complaints/mine").then().statusCode(401).extract().asString());
        contract.assertConforms("Problem", given().auth().oauth2(citizen).contentType(ContentType.JSON).body("{\"x\":")
                .when().post("/complaints").then().statusCode(400).extract().asString());
    }
}
