package org.sanad.referrals;

import static io.restassured.RestAssured.given;
import static org.sanad.referrals.Referrals.PMC;
import static org.sanad.referrals.Referrals.PROSECUTOR;
import static org.sanad.referrals.Referrals.TOKENS;
import static org.sanad.referrals.Referrals.askIdentity;
import static org.sanad.referrals.Referrals.draft;
import static org.sanad.referrals.Referrals.stubCase;
import static org.sanad.referrals.Referrals.submit;

import java.io.IOException;
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
 * list (see {@link ContractSchemas}). The court feed is checked whole, so every referral snapshot
 * it carries is checked too.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SuiteStub.class)
class ResponsesMatchContractTest {

    @Test
    void aReferralFromDraftToDecisionIsWhatTheContractSays() throws IOException {
        ContractSchemas contract = ContractSchemas.served();
        Referrals.StubbedCase stubbed = stubCase(Referrals.GOVERNORATE);
        Referrals.stubDisclosures(stubbed);
        String drafted = draft(PROSECUTOR, stubbed.draft(PMC)).statusCode(201).extract().asString();
        contract.assertConforms("Referral", drafted);
        String id = JsonPath.from(drafted).getString("id");
        contract.assertConforms("Referral", submit(id).statusCode(200).extract().asString());
        contract.assertConforms("PageReferralView", given().auth().oauth2(PROSECUTOR).when().get("/referrals")
                .then().statusCode(200).extract().asString());

        String court = TOKENS.court(PMC);
        contract.assertConforms("SignedReferral", given().auth().oauth2(court).when().get("/court/referrals/" + id)
                .then().statusCode(200).extract().asString());
        contract.assertConforms("SignedReferral", given().auth().oauth2(court).when().get("/court/referrals/" + id + "/versions/1")
                .then().statusCode(200).extract().asString());
        Referrals.reply(PMC, id, "receipt", Map.of("version", 1)).statusCode(200);
        contract.assertConforms("SignedReferral", Referrals.reply(PMC, id, "review", Map.of("version", 1, "outcome", "ACCEPTED"))
                .statusCode(200).extract().asString());
        contract.assertConforms("Referral", given().auth().oauth2(PROSECUTOR).when().get("/referrals/" + id)
                .then().statusCode(200).extract().asString());

        contract.assertConforms("SigningKeySet", given().when().get("/court/jwks").then().statusCode(200).extract().asString());
        contract.assertConforms("EvidenceLink", given().auth().oauth2(court)
                .when().post("/court/referrals/" + id + "/evidence/" + stubbed.itemId() + "/link")
                .then().statusCode(200).extract().asString());
        contract.assertConforms("VictimIdentity", askIdentity(PMC, id, "VICTIM-1").statusCode(200).extract().asString());
        contract.assertEachConforms("IdentityRequestStatus", given().auth().oauth2(PROSECUTOR)
                .when().get("/referrals/" + id + "/identity-requests").then().statusCode(200).extract().asString());

        contract.assertConforms("FeedPage", given().auth().oauth2(court).when().get("/court/feed")
                .then().statusCode(200).extract().asString());
        contract.assertEachConforms("Court", given().auth().oauth2(PROSECUTOR).when().get("/courts")
                .then().statusCode(200).extract().asString());
        contract.assertEachConforms("Statute", given().auth().oauth2(PROSECUTOR).when().get("/statutes")
                .then().statusCode(200).extract().asString());
    }

    @Test
    void aDecidedReferralOnTheFeedIsWhatTheContractSays() throws IOException {
        ContractSchemas contract = ContractSchemas.served();
        String id = Referrals.decided(stubCase(Referrals.GOVERNORATE), PMC);
        contract.assertConforms("SignedReferral", given().auth().oauth2(TOKENS.court(PMC)).when().get("/court/referrals/" + id)
                .then().statusCode(200).extract().asString());
        contract.assertConforms("FeedPage", given().auth().oauth2(TOKENS.court(PMC)).when().get("/court/feed")
                .then().statusCode(200).extract().asString());
    }

    @Test
    void problemsAreWhatTheContractSays() throws IOException {
        ContractSchemas contract = ContractSchemas.served();
        contract.assertConforms("Problem", given().auth().oauth2(TOKENS.court(PMC)).header("Accept-Language", "ar")
                .when().get("/court/referrals/" + UUID.randomUUID()).then().statusCode(404).extract().asString());
        contract.assertConforms("Problem", given().auth().oauth2(PROSECUTOR).contentType(ContentType.JSON).body(Map.of())
                .when().post("/referrals").then().statusCode(400).extract().asString());
        contract.assertConforms("Problem", given().auth().oauth2(TOKENS.court(PMC)).queryParam("after", "not-a-cursor")
                .when().get("/court/feed").then().statusCode(400).extract().asString());
    }
}
