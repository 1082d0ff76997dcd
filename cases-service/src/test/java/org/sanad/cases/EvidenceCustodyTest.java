package org.sanad.cases;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.contains;
import static org.sanad.cases.Deliveries.TOKENS;
import static org.sanad.cases.Deliveries.deliverToCase;
import static org.sanad.cases.Deliveries.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.sanad.testing.Problems;
import org.sanad.testing.ServiceStub;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(ComplaintsStub.class)
class EvidenceCustodyTest {

    private static final String GOVERNORATE = "IQ-AN";
    private static final String INVESTIGATOR = TOKENS.officer("investigator", GOVERNORATE);

    @Inject
    EntityManager entityManager;

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void aSeizedDeviceKeepsItsChainOfCustodyAndAWrongHashIsLoud() {
        String caseId = deliverToCase(delivery(GOVERNORATE, "0771 000 0001"));
        String hash = "b".repeat(64);
        String itemId = given().auth().oauth2(INVESTIGATOR).contentType(ContentType.JSON)
                .body(Map.of("kind", "DEVICE", "description", "هاتف المشتبه به، سامسونج", "sha256", hash,
                        "location", "Ramadi cybercrime office"))
                .when().post("/cases/" + caseId + "/evidence").then().statusCode(201).extract().path("id");
        String custody = "/cases/" + caseId + "/evidence/" + itemId + "/custody";
        given().auth().oauth2(INVESTIGATOR).contentType(ContentType.JSON)
                .body(Map.of("action", "TRANSFERRED", "location", "Forensic lab Baghdad", "observedSha256", hash))
                .when().post(custody).then().statusCode(201).body("hashMatched", Matchers.equalTo(true));
        given().auth().oauth2(INVESTIGATOR).contentType(ContentType.JSON)
                .body(Map.of("action", "EXAMINED", "observedSha256", "c".repeat(64)))
                .when().post(custody).then().statusCode(201).body("hashMatched", Matchers.equalTo(false));
        given().auth().oauth2(INVESTIGATOR).contentType(ContentType.JSON).body(Map.of("action", "VERIFIED"))
                .when().post(custody).then().statusCode(400);

        String verification = "/cases/" + caseId + "/evidence/" + itemId + "/verification";
        given().auth().oauth2(INVESTIGATOR).when().post(verification).then().statusCode(400);
        given().auth().oauth2(INVESTIGATOR).queryParam("observedSha256", "d".repeat(64)).when().post(verification).then()
                .statusCode(409)
                .body("type", Matchers.equalTo("urn:sanad:problem:integrity-failure"));

        given().auth().oauth2(TOKENS.officer("supervisor", GOVERNORATE)).when().get(custody).then()
                .statusCode(200)
                .body("items.action", contains("RECEIVED", "TRANSFERRED", "EXAMINED", "VERIFIED"))
                .body("items.hashMatched", contains(null, true, false, false));
        given().auth().oauth2(TOKENS.officer("investigator", "IQ-BG")).when().get(custody).then().spec(Problems.forbidden());
        given().auth().oauth2(TOKENS.officer("supervisor", GOVERNORATE)).contentType(ContentType.JSON)
                .body(Map.of("action", "SEALED")).when().post(custody).then().spec(Problems.forbidden());
    }

    @Test
    void anExtractedFileIsHashedOnArrivalAndTamperingIsDetected() throws Exception {
        String caseId = deliverToCase(delivery(GOVERNORATE, "0771 000 0002"));
        byte[] chat = "سجل المحادثة المستخرج من الهاتف".getBytes(StandardCharsets.UTF_8);
        String itemId = given().auth().oauth2(INVESTIGATOR).contentType("text/plain")
                .queryParam("fileName", "chat-export.txt").body(chat)
                .when().post("/cases/" + caseId + "/evidence/files").then()
                .statusCode(201)
                .body("sha256", Matchers.equalTo(sha256(chat)))
                .body("kind", Matchers.equalTo("EXTRACTION"))
                .extract().path("id");
        String verification = "/cases/" + caseId + "/evidence/" + itemId + "/verification";
        given().auth().oauth2(INVESTIGATOR).when().post(verification).then()
                .statusCode(200).body("matched", Matchers.equalTo(true)).body("method", Matchers.equalTo("STORED_BYTES"));

        // the stored bytes are ciphertext: none of the chat is there to read
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from evidence_segment where position(?1 in ciphertext) > 0")
                .setParameter(1, "المحادثة".getBytes(StandardCharsets.UTF_8)).getSingleResult()).longValue()));
        // one bit of the ciphertext flipped
        QuarkusTransaction.requiringNew().run(() -> assertEquals(1, entityManager.createNativeQuery(
                "update evidence_segment s set ciphertext = set_byte(ciphertext, 0, get_byte(ciphertext, 0) # 1) "
                        + "from evidence_item i where i.object_id = s.object_id and i.id = ?1")
                .setParameter(1, UUID.fromString(itemId)).executeUpdate()));
        given().auth().oauth2(INVESTIGATOR).header("Accept-Language", "ar").when().post(verification).then()
                .statusCode(409)
                .body("detail", Matchers.startsWith("فشل في سلامة الدليل"));
        given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + caseId + "/evidence/" + itemId + "/custody").then()
                .body("items.action", contains("RECEIVED", "VERIFIED", "VERIFIED"))
                .body("items.hashMatched", contains(true, true, false));
    }

    @Test
    void complaintEvidenceIsReverifiedAgainstComplaintsServiceWithTheInvestigatorsToken() throws Exception {
        byte[] photo = new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3 };
        UUID evidenceId = UUID.randomUUID();
        Map<String, Object> body = delivery(GOVERNORATE, "0771 000 0003");
        body.put("evidence", List.of(Map.of("evidenceId", evidenceId.toString(), "fileName", "threat.jpg",
                "contentType", "image/jpeg", "sizeBytes", photo.length, "sha256", sha256(photo))));
        String caseId = deliverToCase(body);
        String path = "/complaints/" + body.get("complaintId") + "/evidence/" + evidenceId + "/content";
        ServiceStub.server().stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "image/jpeg").withBody(photo)));

        String itemId = given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + caseId + "/evidence").then()
                .extract().path("items[0].id");
        given().auth().oauth2(INVESTIGATOR).when().post("/cases/" + caseId + "/evidence/" + itemId + "/verification")
                .then().statusCode(200).body("method", Matchers.equalTo("COMPLAINT_EVIDENCE"))
                .body("matched", Matchers.equalTo(true));
        ServiceStub.server().verify(getRequestedFor(urlEqualTo(path))
                .withHeader("Authorization", equalTo("Bearer " + INVESTIGATOR)));

        ServiceStub.server().stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(403)));
        given().auth().oauth2(INVESTIGATOR).when().post("/cases/" + caseId + "/evidence/" + itemId + "/verification")
                .then().spec(Problems.forbidden());
    }

    @Test
    void anExtractedFileIsStreamedToTheCourtCheckedFirstAndAChangedOneIsRefusedWithItsCustodyRecord() throws Exception {
        String caseId = deliverToCase(delivery(GOVERNORATE, "0771 000 0009"));
        // three segments of the store
        byte[] export = ("سجل " + "x".repeat(600_000)).getBytes(StandardCharsets.UTF_8);
        String itemId = given().auth().oauth2(INVESTIGATOR).contentType("text/plain").queryParam("fileName", "export.txt")
                .body(export).when().post("/cases/" + caseId + "/evidence/files").then().statusCode(201)
                .extract().path("id");
        String release = "/court-releases/evidence/" + itemId + "?court=IQ-AN-INV&referral=REF-2026-000042";
        String referrals = TOKENS.service("referrals-service");

        byte[] released = given().auth().oauth2(referrals).when().get(release).then().statusCode(200)
                .header("Content-Length", String.valueOf(export.length))
                .header("X-Content-SHA256", sha256(export)).extract().asByteArray();
        assertEquals(sha256(export), sha256(released));

        // one bit of the last segment flipped: found by the check before the first byte is sent
        QuarkusTransaction.requiringNew().run(() -> assertEquals(1, entityManager.createNativeQuery(
                "update evidence_segment s set ciphertext = set_byte(ciphertext, 9, get_byte(ciphertext, 9) # 1) "
                        + "from evidence_item i where i.object_id = s.object_id and i.id = ?1 and s.seq = 2")
                .setParameter(1, UUID.fromString(itemId)).executeUpdate()));
        given().auth().oauth2(referrals).when().get(release).then().spec(Problems.of(409, "integrity-failure"));
        given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + caseId + "/evidence/" + itemId + "/custody").then()
                .body("items.action", contains("RECEIVED", "RELEASED", "RELEASED"))
                .body("items.hashMatched", contains(true, true, false));
    }
}
