package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.sanad.audit.AuditEntry;
import org.sanad.complaints.domain.Complaint;
import org.sanad.testing.Problems;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * A filing retried after a lost answer, with the same Idempotency-Key: the first answer again (for
 * an anonymous filer, the same tracking number and secret), and one complaint.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class IdempotentFilingTest {

    private static final String GOVERNORATE = "IQ-BA";
    private static final String KEY = "Idempotency-Key";
    private static final String REPLAYED = "Idempotent-Replayed";

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager entityManager;

    private String body(String narrative) throws Exception {
        Map<String, Object> complaint = new java.util.HashMap<>(complaint(GOVERNORATE));
        complaint.put("narrative", narrative);
        return json.writeValueAsString(complaint);
    }

    private static long complaints() {
        return QuarkusTransaction.requiringNew().call(() -> Complaint.count());
    }

    private static long auditEntriesOf(String recordId) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("recordId", recordId));
    }

    private static Response fileAnonymously(String key, String body) {
        return given().contentType(ContentType.JSON).header(KEY, key).body(body).when().post("/anonymous-complaints");
    }

    @Test
    void aRetriedAnonymousFilingGetsTheSameTrackingNumberAndSecretAndFilesOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = body("ابتزاز عبر رسائل، محاولة " + key);
        long before = complaints();
        Response first = fileAnonymously(key, body);
        first.then().statusCode(201);
        String id = first.jsonPath().getString("id");
        long audited = auditEntriesOf(id);

        Response retry = fileAnonymously(key, body);
        retry.then().statusCode(201).header(REPLAYED, "true");

        assertArrayEquals(first.asByteArray(), retry.asByteArray());
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.header("ETag"), retry.header("ETag"));
        assertNull(first.header(REPLAYED));
        assertEquals(before + 1, complaints());
        assertEquals(audited, auditEntriesOf(id));
        // the secret of the replayed answer is the complaint's
        given().header("X-Tracking-Secret", retry.jsonPath().getString("secret"))
                .when().get("/tracking/" + retry.jsonPath().getString("trackingNumber")).then().statusCode(200);
    }

    @Test
    void theStoredAnswerOfAnAnonymousFilingIsEncryptedAtRest() throws Exception {
        String key = UUID.randomUUID().toString();
        Response filed = fileAnonymously(key, body("تهديد بنشر صور " + key));
        filed.then().statusCode(201);
        String secret = filed.jsonPath().getString("secret");
        String trackingNumber = filed.jsonPath().getString("trackingNumber");

        @SuppressWarnings("unchecked")
        List<String> stored = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("SELECT response FROM idempotency_record WHERE response IS NOT NULL").getResultList());
        assertFalse(stored.isEmpty());
        for (String response : stored) {
            assertTrue(response.startsWith("enc2:"), response);
            assertFalse(response.contains(secret) || response.contains(trackingNumber));
        }
    }

    @Test
    void theSameKeyWithAnotherComplaintIsRefusedAndFilesNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        fileAnonymously(key, body("الأولى " + key)).then().statusCode(201);
        long before = complaints();
        fileAnonymously(key, body("الثانية " + key)).then().spec(Problems.of(422, "idempotency-key-reused"));
        assertEquals(before, complaints());
    }

    @Test
    void aMalformedKeyIsRefusedAndFilesNothing() throws Exception {
        long before = complaints();
        fileAnonymously("two words", body("مفتاح غير صالح")).then().spec(Problems.of(400, "validation"));
        given().auth().oauth2(TOKENS.citizen("citizen-idem")).contentType(ContentType.JSON).header(KEY, "x".repeat(256))
                .body(body("مفتاح طويل")).when().post("/complaints").then().spec(Problems.of(400, "validation"));
        assertEquals(before, complaints());
    }

    @Test
    void aCitizensRetriedFilingIsOneComplaintAndAnotherCitizensKeyIsTheirOwn() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = body("ابتزاز مالي " + key);
        String citizen = TOKENS.citizen("citizen-idem-1");
        Response first = given().auth().oauth2(citizen).contentType(ContentType.JSON).header(KEY, key).body(body)
                .when().post("/complaints");
        first.then().statusCode(201);
        Response retry = given().auth().oauth2(citizen).contentType(ContentType.JSON).header(KEY, key).body(body)
                .when().post("/complaints");
        retry.then().statusCode(201).header(REPLAYED, "true");
        assertArrayEquals(first.asByteArray(), retry.asByteArray());
        assertEquals(first.header("Location"), retry.header("Location"));
        given().auth().oauth2(citizen).when().get("/complaints/mine").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(1));

        // the same key and body from another citizen files their own complaint
        Response theirs = given().auth().oauth2(TOKENS.citizen("citizen-idem-2")).contentType(ContentType.JSON)
                .header(KEY, key).body(body).when().post("/complaints");
        theirs.then().statusCode(201);
        assertNull(theirs.header(REPLAYED));
        assertNotEquals(first.jsonPath().getString("id"), theirs.jsonPath().getString("id"));
    }
}
