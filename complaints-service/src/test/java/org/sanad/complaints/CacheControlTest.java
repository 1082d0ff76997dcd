package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;
import static org.sanad.complaints.Fixtures.etagOf;
import static org.sanad.complaints.Fixtures.file;
import static org.sanad.complaints.Fixtures.jpeg;
import static org.sanad.complaints.Fixtures.triage;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * No answer is kept in a cache but the reference data: a complaint, a queue line, a count or a
 * refusal read on a shared or seized device must not be found there again.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class CacheControlTest {

    private static final String GOVERNORATE = "IQ-KA";
    private static final String OFFICER = TOKENS.officer("intake-officer", GOVERNORATE);

    private static ValidatableResponse noStore(ValidatableResponse answer) {
        return answer.header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void theAnswersAboutComplaintsAreNeverStored() {
        String citizen = TOKENS.citizen("citizen-no-store");
        String id = noStore(file(citizen, complaint(GOVERNORATE)).statusCode(201)).extract().path("id");
        noStore(given().auth().oauth2(citizen).when().get("/complaints/" + id).then().statusCode(200));
        noStore(given().auth().oauth2(citizen).when().get("/complaints/mine").then().statusCode(200));
        noStore(given().auth().oauth2(citizen).when().get("/complaints/" + id + "/history").then().statusCode(200));
        noStore(given().auth().oauth2(citizen).contentType("image/jpeg").queryParam("fileName", "threat.jpg")
                .body(jpeg(1024)).when().post("/complaints/" + id + "/evidence").then().statusCode(201));
        noStore(given().auth().oauth2(citizen).when().get("/complaints/" + id + "/evidence").then().statusCode(200));

        noStore(given().auth().oauth2(OFFICER).when().get("/complaints").then().statusCode(200));
        noStore(triage(OFFICER, id, etagOf(OFFICER, id), Map.of("outcome", "UNDER_REVIEW")).statusCode(200));
        noStore(given().auth().oauth2(TOKENS.officer("supervisor", GOVERNORATE)).when().get("/statistics/complaints")
                .then().statusCode(200));
    }

    @Test
    void anAnonymousFilingAndItsTrackingAreNeverStored() {
        var filed = noStore(given().contentType(ContentType.JSON).body(complaint(GOVERNORATE))
                .when().post("/anonymous-complaints").then().statusCode(201)).extract();
        noStore(given().header("X-Tracking-Secret", filed.path("secret").toString())
                .when().get("/tracking/" + filed.path("trackingNumber")).then().statusCode(200));
    }

    @Test
    void refusalsAndProblemsAreNeverStored() {
        String citizen = TOKENS.citizen("citizen-no-store-problems");
        noStore(given().when().get("/complaints/mine").then().statusCode(401));
        noStore(given().auth().oauth2(citizen).when().get("/complaints").then().statusCode(403));
        noStore(given().auth().oauth2(citizen).when().get("/complaints/" + UUID.randomUUID()).then().statusCode(404));
        noStore(given().auth().oauth2(citizen).contentType(ContentType.JSON).body(Map.of())
                .when().post("/complaints").then().statusCode(400));
        noStore(given().auth().oauth2(OFFICER).queryParam("selfHarmRisk", "maybe").when().get("/complaints")
                .then().statusCode(400));
        noStore(given().when().get("/no-such-thing").then().statusCode(404));
        noStore(given().when().delete("/reference-data").then().statusCode(405));
    }

    @Test
    void theReferenceDataKeepsItsOwnCachePolicy() {
        String etag = given().when().get("/reference-data").then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=3600")).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/reference-data").then().statusCode(304)
                .header("Cache-Control", equalTo("public, max-age=3600"));
    }
}
