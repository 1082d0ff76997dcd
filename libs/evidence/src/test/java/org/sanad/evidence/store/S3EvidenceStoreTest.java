package org.sanad.evidence.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.sanad.evidence.store.EvidenceFixture.count;
import static org.sanad.evidence.store.EvidenceFixture.download;
import static org.sanad.evidence.store.EvidenceFixture.stored;
import static org.sanad.evidence.store.EvidenceFixture.upload;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 * bucket is refused, neither a refused upload nor a purge leaves objects behind, and a purge that
 * does not commit leaves the bytes where they were.
 */
@QuarkusTest
@TestProfile(S3StorageProfile.class)
@WithTestResource(OidcWiremockTestResource.class)
class S3EvidenceStoreTest {

    @ConfigProperty(name = "sanad.evidence-store.s3.endpoint")
    URI endpoint;

    @Inject
    EntityManager entityManager;

    @Inject
    EvidenceStore store;

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

    @Test
    void anUploadBecomesEncryptedSegmentObjectsInTheBucketAndReadsBackWhole() {
        String marker = "MARKER-" + UUID.randomUUID();
        byte[] bytes = (marker + "x".repeat(EvidenceStore.SEGMENT_BYTES) + "ي".repeat(150_000) + marker)
                .getBytes(StandardCharsets.UTF_8);
        EvidenceFixture.Stored stored = stored("text/plain", bytes);
        UUID objectId = stored.objectId();

        assertEquals(List.of("evidence/" + objectId + "/000000", "evidence/" + objectId + "/000001",
                "evidence/" + objectId + "/000002"), keys("evidence/" + objectId + "/"));
        for (String key : keys("evidence/" + objectId + "/")) {
            String sealed = new String(bucket.getObjectAsBytes(get -> get.bucket(S3MockServer.BUCKET).key(key))
                    .asByteArray(), StandardCharsets.ISO_8859_1);
            assertFalse(sealed.contains(marker), key + " holds the evidence in clear");
        }
        assertEquals(0, count(entityManager, "SELECT count(*) FROM evidence_segment WHERE object_id = ?1", objectId));
        assertEquals(1, count(entityManager, "SELECT count(*) FROM evidence_object WHERE id = ?1 AND storage = 's3'", objectId));
        assertArrayEquals(bytes, download(stored).statusCode(200).extract().asByteArray());
    }

    @Test
    void aSegmentAlteredInTheBucketIsRefused() {
        EvidenceFixture.Stored stored = stored("text/plain", "رسالة التهديد كما وصلت".getBytes(StandardCharsets.UTF_8));
        String key = "evidence/" + stored.objectId() + "/000000";
        byte[] sealed = bucket.getObjectAsBytes(get -> get.bucket(S3MockServer.BUCKET).key(key)).asByteArray();
        sealed[3] ^= 1;
        bucket.putObject(put -> put.bucket(S3MockServer.BUCKET).key(key), RequestBody.fromBytes(sealed));

        assertThrows(EvidenceIntegrityException.class, () -> store.openVerified(stored.objectId(), stored.sha256()));
        assertThrows(EvidenceIntegrityException.class, () -> store.hash(stored.objectId()));
        download(stored).spec(Problems.of(409, "integrity-failure"));
    }

    @Test
    void aRefusedUploadAndAPurgeLeaveNothingInTheBucket() {
        int before = keys("evidence/").size();
        // declared a PNG, is text: refused once its first segment is read
        upload("image/png", "photo.png", "x".repeat(600_000).getBytes(StandardCharsets.UTF_8)).statusCode(415);
        assertEquals(before, keys("evidence/").size());

        UUID objectId = stored("text/plain", "تهديد".getBytes(StandardCharsets.UTF_8)).objectId();
        assertEquals(1, keys("evidence/" + objectId + "/").size());
        QuarkusTransaction.requiringNew().run(() -> store.discard(objectId));
        assertEquals(List.of(), keys("evidence/" + objectId + "/"));
        assertEquals(0, count(entityManager, "SELECT count(*) FROM evidence_object WHERE id = ?1", objectId));
    }

    @Test
    void aPurgeThatDoesNotCommitLeavesTheBytesWhole() {
        byte[] bytes = "تهديد محفوظ".getBytes(StandardCharsets.UTF_8);
        EvidenceFixture.Stored stored = stored("text/plain", bytes);
        // the record of the purge fails after the bytes were discarded: its transaction rolls back
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            store.discard(stored.objectId());
            throw new IllegalStateException("the purge's record is refused");
        }));
        assertEquals(1, keys("evidence/" + stored.objectId() + "/").size());
        assertArrayEquals(bytes, download(stored).statusCode(200).extract().asByteArray());
    }
}
