package org.sanad.evidence.store;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanad.evidence.store.EvidenceFixture.TOKENS;
import static org.sanad.evidence.store.EvidenceFixture.count;
import static org.sanad.evidence.store.EvidenceFixture.download;
import static org.sanad.evidence.store.EvidenceFixture.stored;
import static org.sanad.evidence.store.EvidenceFixture.upload;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.sanad.privacy.DataKeyConfig;
import org.sanad.privacy.DataKeys;
import org.sanad.testing.Problems;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Evidence at rest in the database: sealed segments that hold no byte in clear, nothing left of a
 * refused upload, and the rotation of master keys (the {@code /evidence-keys} endpoints).
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class EvidenceAtRestTest {

    @Inject
    EntityManager entityManager;

    private byte[] read(EvidenceFixture.Stored stored) {
        return download(stored).statusCode(200).extract().asByteArray();
    }

    @Test
    void noByteOfTheEvidenceIsStoredInPlainTextYetItReadsBackWhole() {
        String marker = "MARKER-" + UUID.randomUUID();
        // several segments: the marker at the start, across a segment boundary and at the end
        byte[] bytes = (marker + "x".repeat(EvidenceStore.SEGMENT_BYTES - 10) + marker + "ي".repeat(200_000) + marker)
                .getBytes(StandardCharsets.UTF_8);
        EvidenceFixture.Stored stored = stored("text/plain", bytes);

        assertEquals(0, count(entityManager, "SELECT count(*) FROM evidence_segment WHERE position(?1 IN ciphertext) > 0",
                marker.getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, count(entityManager, "SELECT count(*) FROM evidence_object WHERE position(?1 IN wrapped_key) > 0",
                marker.getBytes(StandardCharsets.UTF_8)));
        assertEquals(3, count(entityManager, "SELECT segments FROM evidence_object WHERE id = ?1", stored.objectId()));
        assertEquals(3, count(entityManager, "SELECT count(*) FROM evidence_segment WHERE object_id = ?1", stored.objectId()));
        assertArrayEquals(bytes, read(stored));
    }

    @Test
    void anUploadRefusedHalfwayLeavesNothingBehind() {
        long objects = count(entityManager, "SELECT count(*) FROM evidence_object");
        // past the fixture's 1 MiB: refused while it streams, its segments already written are removed
        upload("text/plain", "big.txt", "y".repeat(1024 * 1024 + 1).getBytes(StandardCharsets.US_ASCII))
                .spec(Problems.of(413, "payload-too-large"));
        // text that turns out not to be text at its very end
        upload("text/plain", "late.txt", ("z".repeat(300_000) + "\u0000").getBytes(StandardCharsets.US_ASCII))
                .spec(Problems.of(415, "unsupported-media-type"));
        assertEquals(objects, count(entityManager, "SELECT count(*) FROM evidence_object"));
        assertEquals(0, count(entityManager, "SELECT count(*) FROM evidence_segment s WHERE NOT EXISTS "
                + "(SELECT 1 FROM evidence_object o WHERE o.id = s.object_id)"));
    }

    @Test
    void aRotationReWrapsDataKeysOfARetiredMasterKeyAndTheEvidenceStillReads() {
        byte[] bytes = "رسالة التهديد الأصلية".getBytes(StandardCharsets.UTF_8);
        EvidenceFixture.Stored stored = stored("text/plain", bytes);
        // as if written before the rotation: its data key wrapped by the key now retired
        DataKeys retired = new DataKeys(new DataKeyConfig() {
            public String activeId() {
                return "test-old";
            }

            public String active() {
                return "dGVzdC1vbmx5LXJldGlyZWQtZXZpZGVuY2Uta2V5ISE=";
            }

            public Optional<List<String>> retired() {
                return Optional.of(List.of("local-1:bG9jYWwtb25seS1ldmlkZW5jZS1rZXktMzItYnl0ZXM="));
            }
        });
        QuarkusTransaction.requiringNew().run(() -> {
            Object[] row = (Object[]) entityManager.createNativeQuery("SELECT key_id, wrapped_key FROM evidence_object "
                    + "WHERE id = :id").setParameter("id", stored.objectId()).getSingleResult();
            byte[] wrappedByOld = retired.rewrap((String) row[0], (byte[]) row[1], stored.objectId());
            entityManager.createNativeQuery("UPDATE evidence_object SET key_id = 'test-old', wrapped_key = :w WHERE id = :id")
                    .setParameter("w", wrappedByOld).setParameter("id", stored.objectId()).executeUpdate();
        });
        assertArrayEquals(bytes, read(stored), "a retired key still unwraps");

        String admin = TOKENS.withRoles("operator", "admin");
        given().auth().oauth2(admin).when().get("/evidence-keys").then().statusCode(200)
                .body("activeKeyId", equalTo("local-1")).body("objectsByKey.test-old", equalTo(1));
        // no table of this application has encrypted fields: the rotation re-wraps evidence only
        given().auth().oauth2(admin).when().post("/evidence-keys/rotation").then().statusCode(200)
                .body("rewrapped", equalTo(1)).body("keys.objectsByKey.test-old", equalTo(null))
                .body("fieldValuesReencrypted", equalTo(0)).body("keys.fieldValuesByKey", anEmptyMap());
        assertEquals("local-1", QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT key_id FROM evidence_object WHERE id = :id").setParameter("id", stored.objectId()).getSingleResult()));
        assertArrayEquals(bytes, read(stored));
        // the batch is audited with its re-wrap, as the admin's action
        assertEquals(1, count(entityManager, "SELECT count(*) FROM audit_entry WHERE action = 'evidence.key.rotation' "
                + "AND actor_subject = 'operator' AND record_id = 'local-1 (1 re-wrapped)'"));
    }

    @Test
    void onlyAdminsSeeTheKeysAndRotateThem() {
        String officer = TOKENS.officer("intake-officer", "IQ-BG");
        given().auth().oauth2(officer).when().get("/evidence-keys").then().spec(Problems.forbidden());
        given().auth().oauth2(officer).when().post("/evidence-keys/rotation").then().spec(Problems.forbidden());
        given().when().post("/evidence-keys/rotation").then().spec(Problems.unauthenticated());
    }
}
