package org.sanad.complaints;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;
import static org.sanad.complaints.Fixtures.etagOf;
import static org.sanad.complaints.Fixtures.file;
import static org.sanad.complaints.Fixtures.fileAs;
import static org.sanad.complaints.Fixtures.triage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sanad.handoff.OutboxRelay;
import org.sanad.testing.Problems;
import org.sanad.testing.ServiceStub;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/**
 * Hashes of the images and videos a victim will not send (PDQ, MD5), computed on their device:
 * given on filing or later, kept once each, seen by the filer and the officers who may read the
 * complaint, and never carried to the investigation's hand-off or to a court.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class ImageHashTest {

    private static final String GOVERNORATE = "IQ-NA";
    private static final String OFFICER = TOKENS.officer("intake-officer", GOVERNORATE);
    private static final String PDQ = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";
    private static final String LOW_QUALITY_PDQ = "0000000000000000000000000000000000000000000000000000000000000f0f";
    private static final String MD5 = "d41d8cd98f00b204e9800998ecf8427e";
    private static final String LABEL = "صورة من المحادثة الأولى";

    @Inject
    OutboxRelay relay;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    private static Map<String, Object> pdq(String value, int quality) {
        return Map.of("algorithm", "PDQ", "value", value, "quality", quality);
    }

    private static Map<String, Object> md5(String value) {
        return Map.of("algorithm", "MD5", "value", value);
    }

    private static Map<String, Object> withHashes(List<Map<String, Object>> hashes) {
        Map<String, Object> body = complaint(GOVERNORATE);
        body.put("imageHashes", hashes);
        return body;
    }

    /** The three hashes most tests file: a labelled PDQ hash in upper case, a weak one, a video's. */
    private static final List<Map<String, Object>> THREE = List.of(
            Map.of("algorithm", "PDQ", "value", PDQ.toUpperCase(), "quality", 100, "label", LABEL),
            pdq(LOW_QUALITY_PDQ, 30), md5(MD5));

    private static ValidatableResponse supplement(String token, String id, Map<String, Object> body) {
        return given().auth().oauth2(token).header("If-Match", etagOf(token, id)).contentType(ContentType.JSON)
                .body(body).when().post("/complaints/" + id + "/supplements").then();
    }

    @Test
    void aCitizenFilesHashesAndReadsThemBackInLowerCaseWithTheWeakOneFlagged() {
        String citizen = TOKENS.citizen("hash-filer-1");
        List<Map<String, Object>> hashes = new ArrayList<>(THREE);
        hashes.add(pdq(PDQ, 90));
        String id = file(citizen, withHashes(hashes)).statusCode(201)
                .body("complaint.imageHashes", hasSize(3))
                .extract().path("id");

        given().auth().oauth2(citizen).when().get("/complaints/" + id).then().statusCode(200)
                .body("imageHashes.algorithm", contains("PDQ", "PDQ", "MD5"))
                .body("imageHashes.value", contains(PDQ, LOW_QUALITY_PDQ, MD5))
                .body("imageHashes.quality", contains(100, 30, null))
                .body("imageHashes.lowQuality", contains(false, true, false))
                .body("imageHashes.label", contains(LABEL, null, null))
                .body("imageHashes.addedWith", contains("FILING", "FILING", "FILING"));
    }

    @Test
    void theOfficersOfTheGovernorateSeeTheHashesAndNobodyElseDoes() {
        String id = fileAs("hash-filer-2", withHashes(THREE));

        for (String role : List.of("intake-officer", "supervisor", "investigator")) {
            given().auth().oauth2(TOKENS.officer(role, GOVERNORATE)).when().get("/complaints/" + id).then()
                    .statusCode(200).body("imageHashes.value", contains(PDQ, LOW_QUALITY_PDQ, MD5));
            given().auth().oauth2(TOKENS.officer(role, "IQ-BA")).when().get("/complaints/" + id).then()
                    .spec(Problems.forbidden());
        }
        given().auth().oauth2(TOKENS.citizen("hash-stranger")).when().get("/complaints/" + id).then()
                .spec(Problems.notFound());
        given().auth().oauth2(TOKENS.officer("prosecutor", GOVERNORATE)).when().get("/complaints/" + id).then()
                .spec(Problems.forbidden());
        // the officers' queue lists complaints without them
        given().auth().oauth2(OFFICER).queryParam("governorate", GOVERNORATE).when().get("/complaints").then()
                .statusCode(200).body("items[0]", not(org.hamcrest.Matchers.hasKey("imageHashes")));
    }

    @Test
    void aSupplementAddsHashesOnceEachAndOnlyRepeatedOnesChangeNothingButTheVersion() {
        String citizen = TOKENS.citizen("hash-filer-3");
        String id = fileAs("hash-filer-3", withHashes(List.of(md5(MD5))));

        supplement(citizen, id, Map.of("imageHashes", List.of(md5(MD5.toUpperCase()),
                Map.of("algorithm", "PDQ", "value", PDQ, "quality", 80, "label", LABEL), pdq(PDQ, 80))))
                .statusCode(200)
                .body("imageHashes.value", contains(MD5, PDQ))
                .body("imageHashes.addedWith", contains("FILING", "SUPPLEMENT"))
                .body("imageHashes[1].label", equalTo(LABEL));
        supplement(citizen, id, Map.of("imageHashes", List.of(md5(MD5)))).statusCode(200)
                .body("imageHashes", hasSize(2));
        given().auth().oauth2(TOKENS.withRoles("auditor-1", "auditor")).queryParam("recordId", id).when()
                .get("/audit-entries").then().statusCode(200)
                .body("items.action", hasSize(org.hamcrest.Matchers.greaterThanOrEqualTo(3)))
                .body("items.findAll { it.action == 'complaint.supplement' }.outcome", contains("SUCCESS", "SUCCESS"));
    }

    @Test
    void anAnonymousFilerGivesHashesFollowsThemAndAddsMoreWithNumberAndSecret() {
        ExtractableResponse<Response> filed = given().contentType(ContentType.JSON).body(withHashes(List.of(md5(MD5))))
                .when().post("/anonymous-complaints").then().statusCode(201)
                .body("complaint.imageHashes.value", contains(MD5)).extract();
        String number = filed.path("trackingNumber");
        String secret = filed.path("secret");

        String etag = given().header("X-Tracking-Secret", secret).when().get("/tracking/" + number).then()
                .statusCode(200).body("imageHashes.value", contains(MD5)).extract().header("ETag");
        given().header("X-Tracking-Secret", secret).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("imageHashes", List.of(Map.of("algorithm", "PDQ", "value", PDQ, "quality", 70, "label", LABEL))))
                .when().post("/tracking/" + number + "/supplements").then()
                .statusCode(200)
                .body("imageHashes.value", contains(MD5, PDQ))
                .body("imageHashes.label", contains(null, LABEL))
                .body("imageHashes.addedWith", contains("FILING", "SUPPLEMENT"));
    }

    @Test
    void eachBrokenRuleIsRefusedAtItsFieldInEnglish() {
        List<Map<String, Object>> hashes = List.of(
                pdq(PDQ.replace('f', 'z'), 90),
                pdq(MD5, 90),
                md5(PDQ),
                Map.of("algorithm", "PDQ", "value", PDQ),
                Map.of("algorithm", "MD5", "value", MD5, "quality", 50));
        file(TOKENS.citizen("hash-filer-4"), withHashes(hashes)).statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:sanad:problem:validation"))
                .body("errors.field", contains("imageHashes[0].value", "imageHashes[1].value",
                        "imageHashes[2].value", "imageHashes[3].quality", "imageHashes[4].quality"))
                .body("errors.message", contains("A hash is written in hexadecimal digits: 0 to 9 and a to f.",
                        "A PDQ hash is 64 hexadecimal digits.", "An MD5 hash is 32 hexadecimal digits.",
                        "A PDQ hash needs its quality, from 0 to 100.", "An MD5 hash has no quality; leave it out."));
    }

    @Test
    void whatBeanValidationSaysAloneIsRefusedAtItsFieldToo() {
        List<Map<String, Object>> hashes = List.of(
                pdq(PDQ, 101),
                Map.of("algorithm", "PDQ", "value", PDQ, "quality", -1),
                Map.of("algorithm", "MD5", "value", MD5, "label", "x".repeat(81)),
                Map.of("value", MD5),
                Map.of("algorithm", "MD5", "value", " "));
        file(TOKENS.citizen("hash-filer-4"), withHashes(hashes)).statusCode(400)
                .body("type", equalTo("urn:sanad:problem:validation"))
                .body("errors.field", containsInAnyOrder("imageHashes[0].quality", "imageHashes[1].quality",
                        "imageHashes[2].label", "imageHashes[3].algorithm", "imageHashes[4].value"));
        Map<String, Object> unknown = withHashes(List.of(Map.of("algorithm", "SHA1", "value", MD5)));
        file(TOKENS.citizen("hash-filer-4"), unknown).statusCode(400)
                .body("type", equalTo("urn:sanad:problem:malformed-request"))
                .body("errors[0].field", equalTo("imageHashes[0].algorithm"));
    }

    @Test
    void theRefusalsSpeakArabicToo() {
        given().auth().oauth2(TOKENS.citizen("hash-filer-5")).header("Accept-Language", "ar").contentType(ContentType.JSON)
                .body(withHashes(List.of(pdq(MD5, 90), Map.of("algorithm", "PDQ", "value", PDQ))))
                .when().post("/anonymous-complaints").then().statusCode(400)
                .header("Content-Language", "ar")
                .body("errors.field", contains("imageHashes[0].value", "imageHashes[1].quality"))
                .body("errors.message", contains("بصمة PDQ من 64 رقماً ست عشرياً.",
                        "تحتاج بصمة PDQ إلى درجة جودتها، من 0 إلى 100."));
        String citizen = TOKENS.citizen("hash-filer-5");
        String id = fileAs("hash-filer-5", complaint(GOVERNORATE));
        given().auth().oauth2(citizen).header("If-Match", etagOf(citizen, id)).header("Accept-Language", "ar")
                .contentType(ContentType.JSON).body(Map.of("imageHashes", List.of(md5("xyz"))))
                .when().post("/complaints/" + id + "/supplements").then().statusCode(400)
                .body("errors[0].field", equalTo("imageHashes[0].value"))
                .body("errors[0].message", equalTo("تُكتب البصمة بأرقام ست عشرية: من 0 إلى 9 ومن a إلى f."));
    }

    @Test
    void aComplaintHoldsAHundredHashesAndASupplementPastThemIsRefusedWholeInBothLanguages() {
        List<Map<String, Object>> hundred = new ArrayList<>();
        for (int n = 0; n < 100; n++) {
            hundred.add(md5("%032x".formatted(n)));
        }
        List<Map<String, Object>> tooMany = new ArrayList<>(hundred);
        tooMany.add(md5("%032x".formatted(100)));
        String citizen = TOKENS.citizen("hash-filer-6");
        file(citizen, withHashes(tooMany)).statusCode(400).body("errors[0].field", equalTo("imageHashes"));

        String id = fileAs("hash-filer-6", withHashes(hundred));
        String etag = etagOf(citizen, id);
        Map<String, Object> oneMore = Map.of("imageHashes", List.of(md5(MD5), md5("%032x".formatted(7))));
        given().auth().oauth2(citizen).header("If-Match", etag).contentType(ContentType.JSON).body(oneMore)
                .when().post("/complaints/" + id + "/supplements").then()
                .spec(Problems.of(409, "limit-reached"))
                .body("detail", equalTo("A complaint can carry at most 100 image hashes."));
        given().auth().oauth2(citizen).header("If-Match", etag).header("Accept-Language", "ar").contentType(ContentType.JSON)
                .body(oneMore).when().post("/complaints/" + id + "/supplements").then()
                .statusCode(409).body("detail", equalTo("يمكن أن تحمل الشكوى ١٠٠ بصمة صورة كحد أقصى."));
        // a hash it already holds adds nothing, so it still fits
        given().auth().oauth2(citizen).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("imageHashes", List.of(md5("%032x".formatted(7))))).when()
                .post("/complaints/" + id + "/supplements").then().statusCode(200).body("imageHashes", hasSize(100));
    }

    @Test
    void theLabelIsStoredSealedAndTheHashInClearForMatching() throws SQLException {
        String id = fileAs("hash-filer-7", withHashes(THREE));
        try (Connection app = DriverManager.getConnection(jdbcUrl, "sanad_app", "sanad_app");
                PreparedStatement read = app.prepareStatement(
                        "SELECT value, label FROM image_hash WHERE complaint_id = ? ORDER BY position")) {
            read.setObject(1, UUID.fromString(id));
            try (ResultSet rows = read.executeQuery()) {
                rows.next();
                assertEquals(PDQ, rows.getString("value"));
                assertTrue(rows.getString("label").startsWith("enc2:"), "the victim's words are sealed");
                assertFalse(rows.getString("label").contains(LABEL));
                rows.next();
                assertEquals(null, rows.getString("label"));
            }
        }
    }

    @Test
    void neitherTheHandOffToTheInvestigationNorACourtsDisclosureCarriesThem() {
        WireMockServer cases = ServiceStub.server();
        cases.stubFor(post(urlEqualTo("/complaint-deliveries")).willReturn(aResponse().withStatus(204)));
        String id = fileAs("hash-filer-8", withHashes(THREE));
        triage(OFFICER, id, etagOf(OFFICER, id), Map.of("outcome", "UNDER_REVIEW")).statusCode(200);
        triage(OFFICER, id, etagOf(OFFICER, id), Map.of("outcome", "ACCEPTED")).statusCode(200);
        relay.relayDue();

        var sent = cases.findAll(postRequestedFor(urlEqualTo("/complaint-deliveries"))
                .withRequestBody(matchingJsonPath("$.complaintId", WireMock.equalTo(id))));
        assertEquals(1, sent.size());
        String delivery = sent.get(0).getBodyAsString();
        for (String kept : List.of(PDQ, LOW_QUALITY_PDQ, MD5, LABEL, "imageHashes")) {
            assertFalse(delivery.contains(kept), delivery);
        }

        String disclosed = given().auth().oauth2(TOKENS.service("referrals-service")).contentType(ContentType.JSON)
                .body(Map.of("courtCode", "IQ-PMC", "referenceNumber", "REF-2026-000077",
                        "reason", "The court must summon the victim to testify at the hearing."))
                .when().post("/complaints/" + id + "/victim-disclosures").then().statusCode(200)
                .body("imageHashes", nullValue()).extract().asString();
        for (String kept : List.of(PDQ, LOW_QUALITY_PDQ, MD5, LABEL)) {
            assertFalse(disclosed.contains(kept), disclosed);
        }
    }
}
