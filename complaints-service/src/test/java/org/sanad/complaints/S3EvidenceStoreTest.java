package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;
import static org.sanad.complaints.Fixtures.etagOf;
import static org.sanad.complaints.Fixtures.fileAs;
import static org.sanad.complaints.Fixtures.triage;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanad.complaints.service.EvidenceRetention;
import org.sanad.testing.Problems;
import org.sanad.testing.S3MockServer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The evidence store with its segments in a real S3-compatible server (S3Mock, a separate process):
 * what reaches the bucket is ciphertext under the documented key layout, a segment altered in the
 * bucket is refused and recorded, and neither a refused upload nor a purge leaves objects behind.
 */
@QuarkusTest
@TestProfile(S3StorageProfile.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class S3EvidenceStoreTest {

    private static final String GOVERNORATE = "IQ-SD";
    private static final String OFFICER = TOKENS.officer("intake-officer", GOVERNORATE);
    private static final String FILER = "citizen-s3";

    @ConfigProperty(name = "sanad.evidence-store.s3.endpoint")
    URI endpoint;

    @Inject
    EntityManager entityManager;

    @Inject
    EvidenceRetention retention;

    private S3Client bucket;

    @BeforeEach
    void connect() {
        bucket = S3Client.builder().httpClient(UrlConnectionHttpClient.create()).endpointOverride(endpoint)
                .region(Region.US_EAST_1).forcePathStyle(true).credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(S3MockServer.ACCESS_KEY, S3MockServer.SECRET_KEY)))
                .build();
    }

    @AfterEach
    void disconnect() {
        bucket.close();
    }

    private List<String> keys(String prefix) {
        return bucket.listObjectsV2(list -> list.bucket(S3MockServer.BUCKET).prefix(prefix)).contents().stream()
                .map(S3Object::key).toList();
    }

    private static String upload(String complaintId, String contentType, byte[] bytes) {
        return given().auth().oauth2(TOKENS.citizen(FILER)).contentType(contentType).queryParam("fileName", "chat.txt")
                .body(bytes).when().post("/complaints/" + complaintId + "/evidence").then().statusCode(201)
                .extract().path("id");
    }

    private UUID objectOf(String evidenceId) {
        return QuarkusTransaction.requiringNew().call(() -> (UUID) entityManager.createNativeQuery(
                "SELECT object_id FROM evidence WHERE id = :id", UUID.class).setParameter("id", UUID.fromString(evidenceId))
                .getSingleResult());
    }

    private long count(String sql, UUID objectId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter("id", objectId).getSingleResult()).longValue());
    }

    @Test
    void anUploadBecomesEncryptedSegmentObjectsInTheBucketAndReadsBackWhole() {
        String marker = "MARKER-" + UUID.randomUUID();
        byte[] bytes = (marker + "x".repeat(256 * 1024) + "ي".repeat(150_000) + marker).getBytes(StandardCharsets.UTF_8);
        String id = fileAs(FILER, complaint(GOVERNORATE));
        String evidenceId = upload(id, "text/plain", bytes);
        UUID objectId = objectOf(evidenceId);

        assertEquals(List.of("evidence/" + objectId + "/000000", "evidence/" + objectId + "/000001",
                "evidence/" + objectId + "/000002"), keys("evidence/" + objectId + "/"));
        for (String key : keys("evidence/" + objectId + "/")) {
            String stored = new String(bucket.getObjectAsBytes(get -> get.bucket(S3MockServer.BUCKET).key(key))
                    .asByteArray(), StandardCharsets.ISO_8859_1);
            assertFalse(stored.contains(marker), key + " holds the evidence in clear");
        }
        assertEquals(0, count("SELECT count(*) FROM evidence_segment WHERE object_id = :id", objectId));
        assertEquals(1, count("SELECT count(*) FROM evidence_object WHERE id = :id AND storage = 's3'", objectId));

        byte[] read = given().auth().oauth2(OFFICER).when().get("/complaints/" + id + "/evidence/" + evidenceId + "/content")
                .then().statusCode(200).extract().asByteArray();
        assertArrayEquals(bytes, read);
    }

    @Test
    void aSegmentAlteredInTheBucketIsRefusedAndTheFailureIsRecorded() {
        String id = fileAs(FILER, complaint(GOVERNORATE));
        String evidenceId = upload(id, "text/plain", "رسالة التهديد كما وصلت".getBytes(StandardCharsets.UTF_8));
        String key = "evidence/" + objectOf(evidenceId) + "/000000";
        byte[] sealed = bucket.getObjectAsBytes(get -> get.bucket(S3MockServer.BUCKET).key(key)).asByteArray();
        sealed[3] ^= 1;
        bucket.putObject(put -> put.bucket(S3MockServer.BUCKET).key(key), RequestBody.fromBytes(sealed));

        given().auth().oauth2(OFFICER).when().get("/complaints/" + id + "/evidence/" + evidenceId + "/content").then()
                .spec(Problems.of(409, "integrity-failure"));
        given().auth().oauth2(OFFICER).when().get("/complaints/" + id + "/evidence/" + evidenceId + "/custody").then()
                .statusCode(200).body("items.action", contains("RECEIVED", "INTEGRITY_FAILURE"));
    }

    @Test
    void aRefusedUploadAndAPurgeLeaveNothingInTheBucket() {
        String id = fileAs(FILER, complaint(GOVERNORATE));
        int before = keys("evidence/").size();
        // declared a PNG, is text: refused once its first segment is read
        given().auth().oauth2(TOKENS.citizen(FILER)).contentType("image/png").queryParam("fileName", "photo.png")
                .body("x".repeat(600_000).getBytes(StandardCharsets.UTF_8)).when().post("/complaints/" + id + "/evidence")
                .then().statusCode(415);
        assertEquals(before, keys("evidence/").size());

        String evidenceId = upload(id, "text/plain", "تهديد".getBytes(StandardCharsets.UTF_8));
        UUID objectId = objectOf(evidenceId);
        assertEquals(1, keys("evidence/" + objectId + "/").size());
        triage(OFFICER, id, etagOf(OFFICER, id), Map.of("outcome", "UNDER_REVIEW")).statusCode(200);
        triage(OFFICER, id, etagOf(OFFICER, id), Map.of("outcome", "REJECTED", "reason", "ليست ابتزازاً")).statusCode(200);
        retention.purgeDue(Instant.now().plus(Duration.ofDays(181)));
        assertEquals(List.of(), keys("evidence/" + objectId + "/"));
        assertEquals(0, count("SELECT count(*) FROM evidence_object WHERE id = :id", objectId));
    }
}
