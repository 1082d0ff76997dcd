package org.sanad.referrals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanad.referrals.Referrals.GOVERNORATE;
import static org.sanad.referrals.Referrals.PMC;
import static org.sanad.referrals.Referrals.PROSECUTOR;
import static org.sanad.referrals.Referrals.TOKENS;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.sanad.privacy.DataKeyConfig;
import org.sanad.privacy.DataKeys;
import org.sanad.privacy.FieldAddress;
import org.sanad.privacy.FieldEncryption;
import org.sanad.testing.Problems;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * An operator rotates the master keys of what prosecutors and courts write through
 * {@code /data-keys}: referrals-service's encrypted columns join the rotation by their migration
 * alone, and only an administrator may see the keys' use or run it.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SuiteStub.class)
class DataKeysTest {

    private static final String ADMIN = TOKENS.withRoles("operator", "admin");

    @Inject
    EntityManager entityManager;

    @Test
    void aRotationReEncryptsASummaryWrittenUnderARetiredKey() {
        String id = Referrals.draft(PROSECUTOR, Referrals.stubCase(GOVERNORATE).draft(PMC)).statusCode(201)
                .extract().path("id");
        DataKeys old = new DataKeys(DataKeyConfig.of("test-old", "dGVzdC1vbmx5LXJldGlyZWQtZXZpZGVuY2Uta2V5ISE=",
                List.of("local-1:bG9jYWwtb25seS1ldmlkZW5jZS1rZXktMzItYnl0ZXM=")));
        // the summary as if written before the rotation, under the old key
        String underOld = new FieldEncryption(old).seal("ملخص قديم",
                new FieldAddress("referral_version", "summary", "number=1/referral_id=" + id));
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "UPDATE referral_version SET summary = :s WHERE referral_id = :id").setParameter("s", underOld)
                .setParameter("id", UUID.fromString(id)).executeUpdate());
        given().auth().oauth2(PROSECUTOR).when().get("/referrals/" + id).then().statusCode(200)
                .body("summary", equalTo("ملخص قديم"));
        given().auth().oauth2(ADMIN).when().get("/data-keys").then().statusCode(200)
                .body("activeKeyId", equalTo("local-1")).body("valuesByKey.test-old", greaterThanOrEqualTo(1));

        given().auth().oauth2(ADMIN).when().post("/data-keys/rotation").then().statusCode(200)
                .body("reencrypted", greaterThanOrEqualTo(1)).body("keys.valuesByKey.test-old", equalTo(null));
        given().auth().oauth2(PROSECUTOR).when().get("/referrals/" + id).then().statusCode(200)
                .body("summary", equalTo("ملخص قديم"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM referral_version WHERE summary NOT LIKE 'enc2:local-1:%'").getSingleResult())
                .longValue()));
    }

    @Test
    void onlyAnAdministratorSeesOrRotatesTheKeys() {
        for (String other : List.of(PROSECUTOR, TOKENS.court(PMC), TOKENS.withRoles("an-operator", "operator"))) {
            given().auth().oauth2(other).when().get("/data-keys").then().spec(Problems.forbidden());
            given().auth().oauth2(other).when().post("/data-keys/rotation").then().spec(Problems.forbidden());
        }
        given().when().get("/data-keys").then().statusCode(401);
        given().when().post("/data-keys/rotation").then().statusCode(401);
    }
}
