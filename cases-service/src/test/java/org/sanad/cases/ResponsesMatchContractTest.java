package org.sanad.cases;

import static io.restassured.RestAssured.given;
import static org.sanad.cases.Deliveries.TOKENS;
import static org.sanad.cases.Deliveries.deliverToCase;
import static org.sanad.cases.Deliveries.delivery;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
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
 * list (see {@link ContractSchemas}).
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(ComplaintsStub.class)
class ResponsesMatchContractTest {

    private static final String GOVERNORATE = "IQ-WA";
    private static final String INVESTIGATOR = TOKENS.officer("investigator", GOVERNORATE);
    private static final String PROSECUTOR = TOKENS.officer("prosecutor", GOVERNORATE);

    @Test
    void aNewCaseAndWhatIsAddedToItAreWhatTheContractSays() throws IOException {
        ContractSchemas contract = ContractSchemas.served();
        // a new case: no lead, no unit, no closure, no gender asked for
        String caseId = deliverToCase(delivery(GOVERNORATE, "0772 300 0001"));
        contract.assertConforms("Case", given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + caseId)
                .then().statusCode(200).extract().asString());
        contract.assertConforms("PageCaseSummary", given().auth().oauth2(INVESTIGATOR).when().get("/cases")
                .then().statusCode(200).extract().asString());

        String bare = given().auth().oauth2(INVESTIGATOR).contentType(ContentType.JSON)
                .body(Map.of("displayName", "مجهول")).when().post("/cases/" + caseId + "/suspects")
                .then().statusCode(201).extract().asString();
        contract.assertConforms("Suspect", bare);
        String suspectId = given().auth().oauth2(INVESTIGATOR).contentType(ContentType.JSON)
                .body(Map.of("displayName", "ع. م.", "aliases", List.of("الوردة السوداء"), "notes", "يستخدم رقمين",
                        "identifiers", List.of(Map.of("type", "PHONE", "value", "0772 300 0002"))))
                .when().post("/cases/" + caseId + "/suspects").then().statusCode(201).extract().path("id");
        contract.assertConforms("PageSuspectView", given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + caseId + "/suspects")
                .then().statusCode(200).extract().asString());

        contract.assertConforms("Action", given().auth().oauth2(INVESTIGATOR).contentType(ContentType.JSON)
                .body(Map.of("type", "NOTE", "occurredAt", Instant.now().minusSeconds(60).toString(), "details", "اتصال بالضحية"))
                .when().post("/cases/" + caseId + "/actions").then().statusCode(201).extract().asString());
        contract.assertConforms("Action", given().auth().oauth2(INVESTIGATOR).contentType(ContentType.JSON)
                .body(Map.of("type", "ARREST", "occurredAt", Instant.now().minusSeconds(3600).toString(),
                        "place", "الرمادي", "unit", "مديرية مكافحة الجرائم الإلكترونية", "suspectId", suspectId))
                .when().post("/cases/" + caseId + "/actions").then().statusCode(201).extract().asString());
        contract.assertConforms("PageActionView", given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + caseId + "/actions")
                .then().statusCode(200).extract().asString());

        String hashOnly = given().auth().oauth2(INVESTIGATOR).contentType(ContentType.JSON)
                .body(Map.of("kind", "DEVICE", "description", "هاتف المشتبه به", "sha256", "c".repeat(64)))
                .when().post("/cases/" + caseId + "/evidence").then().statusCode(201).extract().asString();
        contract.assertConforms("EvidenceItem", hashOnly);
        contract.assertConforms("EvidenceItem", given().auth().oauth2(INVESTIGATOR).contentType("image/png")
                .queryParam("fileName", "محادثة.png").body(new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3 })
                .when().post("/cases/" + caseId + "/evidence/files").then().statusCode(201).extract().asString());
        contract.assertConforms("PageEvidenceItemView", given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + caseId + "/evidence")
                .then().statusCode(200).extract().asString());
        String itemId = JsonPath.from(hashOnly).getString("id");
        contract.assertConforms("PageCustodyView", given().auth().oauth2(INVESTIGATOR)
                .when().get("/cases/" + caseId + "/evidence/" + itemId + "/custody").then().statusCode(200).extract().asString());

        contract.assertConforms("ReferralBasis", given().auth().oauth2(PROSECUTOR).when().get("/cases/" + caseId + "/referral-basis")
                .then().statusCode(200).extract().asString());
        contract.assertConforms("Case", given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + caseId)
                .then().statusCode(200).extract().asString());
    }

    @Test
    void correlationFlagsAndIdentifierLookupsAreWhatTheContractSays() throws IOException {
        ContractSchemas contract = ContractSchemas.served();
        String firstCase = deliverToCase(delivery(GOVERNORATE, "+964 772 300 0003"));
        deliverToCase(delivery(GOVERNORATE, "0772 300 0003"));
        String flags = given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + firstCase + "/correlations")
                .then().statusCode(200).extract().asString();
        contract.assertConforms("PageFlagView", flags);
        String flagId = JsonPath.from(flags).getString("items[0].id");
        contract.assertConforms("CorrelationFlag", given().auth().oauth2(INVESTIGATOR)
                .when().post("/cases/" + firstCase + "/correlations/" + flagId + "/dismissal").then().statusCode(200)
                .extract().asString());
        contract.assertConforms("IdentifierLookup", given().auth().oauth2(INVESTIGATOR).queryParam("type", "PHONE")
                .queryParam("value", "07723000003").when().get("/identifiers").then().statusCode(200).extract().asString());
    }

    @Test
    void problemsAreWhatTheContractSays() throws IOException {
        ContractSchemas contract = ContractSchemas.served();
        contract.assertConforms("Problem", given().auth().oauth2(INVESTIGATOR).header("Accept-Language", "ar")
                .when().get("/cases/" + UUID.randomUUID()).then().statusCode(404).extract().asString());
        String caseId = deliverToCase(delivery(GOVERNORATE, "0772 300 0004"));
        contract.assertConforms("Problem", given().auth().oauth2(INVESTIGATOR).contentType(ContentType.JSON).body(Map.of())
                .when().post("/cases/" + caseId + "/actions").then().statusCode(400).extract().asString());
        contract.assertConforms("Problem", given().when().get("/cases").then().statusCode(401).extract().asString());
    }
}
