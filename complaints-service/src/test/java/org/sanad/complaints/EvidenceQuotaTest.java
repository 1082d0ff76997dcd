package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;

import java.util.UUID;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.sanad.complaints.domain.Evidence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * Evidence cannot fill the disk: bytes per complaint, per anonymous source a day, and a store that
 * refuses uploads before it is full ({@link QuotaProfile}). The store's test runs last: it fills it.
 */
@QuarkusTest
@TestProfile(QuotaProfile.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvidenceQuotaTest {

    private static final String GOVERNORATE = "IQ-NA";
    private static final int MIB = 1024 * 1024;

    private static ValidatableResponse upload(String token, String complaintId, int size) {
        return given().auth().oauth2(token).contentType("image/jpeg").header("Accept-Language", "ar")
                .queryParam("fileName", "photo.jpg").body(Fixtures.jpeg(size)).when().post("/complaints/" + complaintId + "/evidence")
                .then();
    }

    private static String[] fileAnonymously(String source) {
        String filed = given().header("X-Forwarded-For", source).contentType(ContentType.JSON).body(complaint(GOVERNORATE))
                .when().post("/anonymous-complaints").then().statusCode(201).extract().asString();
        return new String[] { JsonPath.from(filed).getString("trackingNumber"), JsonPath.from(filed).getString("secret") };
    }

    private static ValidatableResponse uploadAnonymously(String source, String[] filed, int size) {
        return given().header("X-Forwarded-For", source).header("X-Tracking-Secret", filed[1])
                .header("Accept-Language", "ar").contentType("image/jpeg").queryParam("fileName", "photo.jpg")
                .body(Fixtures.jpeg(size)).when().post("/tracking/" + filed[0] + "/evidence").then();
    }

    private static long evidenceOf(String complaintId) {
        return QuarkusTransaction.requiringNew().call(() -> Evidence.count("complaintId", UUID.fromString(complaintId)));
    }

    @Test
    @Order(1)
    void aComplaintsEvidenceIsBoundedInBytesWhoeverUploads() {
        String citizen = TOKENS.citizen("quota-citizen");
        String officer = TOKENS.officer("intake-officer", GOVERNORATE);
        String id = Fixtures.fileAs("quota-citizen", complaint(GOVERNORATE));
        upload(citizen, id, MIB).statusCode(201);
        upload(officer, id, MIB).statusCode(201);
        // half a MiB is left: a whole one is cut off as it passes the room, and nothing is kept
        upload(citizen, id, MIB).statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:sanad:problem:payload-too-large"))
                .body("detail", matchesPattern("الملف أكبر من .* بايت المتبقية للأدلة: في هذه الشكوى أو من هذا الاتصال اليوم\\. لم يُحفظ شيء\\."));
        assertEquals(2, evidenceOf(id));
        upload(citizen, id, MIB / 2).statusCode(201);
        upload(officer, id, 10).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:sanad:problem:limit-reached"));
        given().auth().oauth2(citizen).contentType("image/jpeg").queryParam("fileName", "photo.jpg").body(Fixtures.jpeg(10))
                .when().post("/complaints/" + id + "/evidence").then().statusCode(409)
                .body("detail", matchesPattern("A complaint's evidence files can hold at most .* bytes together, and this one is full\\."));
        assertEquals(3, evidenceOf(id));
    }

    @Test
    @Order(2)
    void anAnonymousSourceIsBoundedInEvidenceBytesPerDay() {
        String source = "198.51.100.21";
        String[] first = fileAnonymously(source);
        String[] second = fileAnonymously(source);
        String[] third = fileAnonymously(source);
        uploadAnonymously(source, first, MIB).statusCode(201);
        uploadAnonymously(source, first, MIB).statusCode(201);
        uploadAnonymously(source, second, MIB).statusCode(201);
        uploadAnonymously(source, second, 3 * MIB / 4).statusCode(201);
        // a quarter of a MiB is left today: a whole one is cut off, and what it did not keep is given back
        uploadAnonymously(source, third, MIB).statusCode(413)
                .body("type", equalTo("urn:sanad:problem:payload-too-large"));
        uploadAnonymously(source, third, MIB / 4).statusCode(201);
        uploadAnonymously(source, third, 10).statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", equalTo("urn:sanad:problem:too-many-requests"));
        // another source is not held back
        uploadAnonymously("198.51.100.22", third, MIB).statusCode(201);
    }

    @Test
    @Order(3)
    void theStoreRefusesUploadsBeforeItIsFull() {
        long cap = 40L * MIB;
        String citizen = TOKENS.citizen("quota-filler");
        int refusedAt = -1;
        for (int i = 0; i < 60 && refusedAt < 0; i++) {
            String id = Fixtures.fileAs("quota-filler", complaint(GOVERNORATE));
            for (int file = 0; file < 2 && refusedAt < 0; file++) {
                int status = upload(citizen, id, MIB).extract().statusCode();
                if (status == 507) {
                    refusedAt = i;
                    upload(citizen, id, MIB).statusCode(507).contentType("application/problem+json")
                            .header("Content-Language", "ar")
                            .body("type", equalTo("urn:sanad:problem:storage-full"))
                            .body("title", equalTo("المخزن ممتلئ"));
                } else {
                    assertEquals(201, status);
                }
            }
        }
        assertTrue(refusedAt >= 0, "the store never refused an upload");
        long stored = QuarkusTransaction.requiringNew().call(() -> ((Number) Evidence.getEntityManager()
                .createNativeQuery("SELECT COALESCE(SUM(size_bytes), 0) FROM evidence_object").getSingleResult()).longValue());
        assertTrue(stored <= cap, stored + " bytes stored, over the " + cap + " allowed");
        assertTrue(stored + MIB > cap, "refused with room for another file: " + stored);
    }
}
