package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;
import static org.sanad.complaints.Fixtures.fileAs;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.sanad.privacy.DataKeyConfig;
import org.sanad.privacy.DataKeys;
import org.sanad.privacy.FieldEncryption;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class EvidenceAtRestTest {

    private static final String GOVERNORATE = "IQ-NI";
    private static final String OFFICER = TOKENS.officer("intake-officer", GOVERNORATE);

    @Inject
    EntityManager entityManager;

    private static String upload(String complaintId, byte[] bytes) {
        return given().auth().oauth2(TOKENS.citizen("rest-victim")).contentType("text/plain")
                .queryParam("fileName", "threat.txt").body(bytes).when().post("/complaints/" + complaintId + "/evidence")
                .then().statusCode(201).extract().path("id");
    }

    private byte[] download(String complaintId, String evidenceId) {
        return given().auth().oauth2(OFFICER).when().get("/complaints/" + complaintId + "/evidence/" + evidenceId + "/content")
                .then().statusCode(200).extract().asByteArray();
    }

    private long count(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    @Test
    void noByteOfTheEvidenceIsStoredInPlainTextYetItReadsBackWhole() {
        String marker = "MARKER-" + UUID.randomUUID();
        // several segments: the marker at the start, across a segment boundary and at the end
        byte[] bytes = (marker + "x".repeat(256 * 1024 - 10) + marker + "ي".repeat(200_000) + marker)
                .getBytes(StandardCharsets.UTF_8);
        String id = fileAs("rest-victim", complaint(GOVERNORATE));
        String evidenceId = upload(id, bytes);

        assertEquals(0, count("SELECT count(*) FROM evidence_segment WHERE position(?1 IN ciphertext) > 0",
                marker.getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, count("SELECT count(*) FROM evidence_object WHERE position(?1 IN wrapped_key) > 0",
                marker.getBytes(StandardCharsets.UTF_8)));
        assertEquals(3, count("SELECT segments FROM evidence_object o JOIN evidence e ON e.object_id = o.id WHERE e.id = ?1",
                UUID.fromString(evidenceId)));
        assertArrayEquals(bytes, download(id, evidenceId));
    }

    @Test
    void anUploadRefusedHalfwayLeavesNothingBehind() {
        String id = fileAs("rest-victim", complaint(GOVERNORATE));
        long objects = count("SELECT count(*) FROM evidence_object");
        // past the test profile's 1 MiB: refused while it streams, its segments already written are removed
        given().auth().oauth2(TOKENS.citizen("rest-victim")).contentType("text/plain").queryParam("fileName", "big.txt")
                .body("y".repeat(1024 * 1024 + 1).getBytes(StandardCharsets.US_ASCII)).when()
                .post("/complaints/" + id + "/evidence").then().statusCode(413);
        // text that turns out not to be text at its very end
        byte[] notText = ("z".repeat(300_000) + "\u0000").getBytes(StandardCharsets.US_ASCII);
        given().auth().oauth2(TOKENS.citizen("rest-victim")).contentType("text/plain").queryParam("fileName", "late.txt")
                .body(notText).when().post("/complaints/" + id + "/evidence").then().statusCode(415);
        assertEquals(objects, count("SELECT count(*) FROM evidence_object"));
        assertEquals(0, count("SELECT count(*) FROM evidence_segment s WHERE NOT EXISTS "
                + "(SELECT 1 FROM evidence_object o WHERE o.id = s.object_id)"));
    }

    @Test
    void aRotationReWrapsDataKeysOfARetiredMasterKeyAndTheEvidenceStillReads() {
        String id = fileAs("rest-victim", complaint(GOVERNORATE));
        byte[] bytes = "رسالة التهديد الأصلية".getBytes(StandardCharsets.UTF_8);
        String evidenceId = upload(id, bytes);
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
            Object[] row = (Object[]) entityManager.createNativeQuery("SELECT o.id, o.key_id, o.wrapped_key FROM "
                    + "evidence_object o JOIN evidence e ON e.object_id = o.id WHERE e.id = :id")
                    .setParameter("id", UUID.fromString(evidenceId)).getSingleResult();
            byte[] wrappedByOld = retired.rewrap((String) row[1], (byte[]) row[2], (UUID) row[0]);
            entityManager.createNativeQuery("UPDATE evidence_object SET key_id = 'test-old', wrapped_key = :w WHERE id = :id")
                    .setParameter("w", wrappedByOld).setParameter("id", row[0]).executeUpdate();
        });
        assertArrayEquals(bytes, download(id, evidenceId), "a retired key still unwraps");
        // and the narrative as if encrypted before the rotation (FieldEncryption under the old key)
        String narrativeUnderOld = new FieldEncryption(retired).encrypt("رواية قديمة");
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "UPDATE complaint SET narrative = :n WHERE id = :id").setParameter("n", narrativeUnderOld)
                .setParameter("id", UUID.fromString(id)).executeUpdate());
        given().auth().oauth2(OFFICER).when().get("/complaints/" + id).then().body("narrative", equalTo("رواية قديمة"));

        String admin = TOKENS.withRoles("operator", "admin");
        given().auth().oauth2(admin).when().get("/evidence-keys").then().statusCode(200)
                .body("activeKeyId", equalTo("local-1")).body("objectsByKey.test-old", equalTo(1));
        given().auth().oauth2(admin).when().post("/evidence-keys/rotation").then().statusCode(200)
                .body("rewrapped", equalTo(1)).body("keys.objectsByKey.test-old", equalTo(null))
                .body("fieldValuesReencrypted", greaterThanOrEqualTo(1)).body("keys.fieldValuesByKey.test-old", equalTo(null));
        assertArrayEquals(bytes, download(id, evidenceId));
        given().auth().oauth2(OFFICER).when().get("/complaints/" + id).then().body("narrative", equalTo("رواية قديمة"));
        assertEquals(0, count("SELECT count(*) FROM complaint WHERE narrative NOT LIKE 'enc1:local-1:%'"));
        given().auth().oauth2(OFFICER).when().post("/evidence-keys/rotation").then().statusCode(403);
    }
}
