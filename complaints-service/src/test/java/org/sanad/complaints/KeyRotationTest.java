package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;
import static org.sanad.complaints.Fixtures.fileAs;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.sanad.privacy.DataKeyConfig;
import org.sanad.privacy.DataKeys;
import org.sanad.privacy.FieldAddress;
import org.sanad.privacy.FieldEncryption;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * complaints-service's personal data joins the rotation of master keys through its migrations
 * alone. How the rotation re-wraps evidence and re-encrypts fields is sanad-evidence's and
 * sanad-privacy's to test; this is that complaints' columns are among those it finds.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class KeyRotationTest {

    private static final String GOVERNORATE = "IQ-NI";
    private static final String OFFICER = TOKENS.officer("intake-officer", GOVERNORATE);

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry metrics;

    @Test
    void aRotationReEncryptsAComplaintsNarrativeWrittenUnderARetiredKey() {
        String id = fileAs("rest-victim", complaint(GOVERNORATE));
        DataKeys retired = new DataKeys(DataKeyConfig.of("test-old", "dGVzdC1vbmx5LXJldGlyZWQtZXZpZGVuY2Uta2V5ISE=",
                List.of("local-1:bG9jYWwtb25seS1ldmlkZW5jZS1rZXktMzItYnl0ZXM=")));
        // the narrative as if encrypted before the rotation (FieldEncryption under the old key)
        String narrativeUnderOld = new FieldEncryption(retired).seal("رواية قديمة",
                new FieldAddress("complaint", "narrative", "id=" + id));
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "UPDATE complaint SET narrative = :n WHERE id = :id").setParameter("n", narrativeUnderOld)
                .setParameter("id", UUID.fromString(id)).executeUpdate());
        given().auth().oauth2(OFFICER).when().get("/complaints/" + id).then().body("narrative", equalTo("رواية قديمة"));

        long started = Instant.now().getEpochSecond();
        given().auth().oauth2(TOKENS.withRoles("operator", "admin")).when().post("/evidence-keys/rotation").then()
                .statusCode(200).body("fieldValuesReencrypted", greaterThanOrEqualTo(1))
                .body("keys.fieldValuesByKey.test-old", equalTo(null));
        given().auth().oauth2(OFFICER).when().get("/complaints/" + id).then().body("narrative", equalTo("رواية قديمة"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM complaint WHERE narrative NOT LIKE 'enc2:local-1:%'").getSingleResult()).longValue()));
        // the rotation's end shows where the alert on unfinished rotations reads it
        double ended = metrics.get("sanad.key.rotation.last.success.timestamp.seconds").tag("key", "master").gauge().value();
        assertTrue(ended >= started, "the rotation's end is exported: " + ended);
    }
}
