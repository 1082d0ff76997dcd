package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;
import static org.sanad.complaints.Fixtures.fileAs;

import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sanad.commons.audit.AuditChain;
import org.sanad.testing.AuditLogTampering;
import org.sanad.testing.Problems;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class AuditChainTest {

    private static final String AUDITOR = TOKENS.withRoles("auditor-1", "auditor");

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager entityManager;

    @Inject
    AuditChain chain;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void theServiceItselfCanOnlyInsertIntoAndReadItsAuditLog() throws SQLException {
        AuditLogTampering.assertTheServiceCannotRewriteIt(dataSource);
    }

    @Test
    void aSuperusersChangeRemovalOrInsertionIsFoundAtTheEntryItTouched() throws SQLException {
        String officer = TOKENS.officer("intake-officer", "IQ-BG");
        String id = fileAs("chain-victim", complaint("IQ-BG"));
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(officer).when().get("/complaints/" + id).then().statusCode(200);
        }
        chain.sealAll();
        verification().body("intact", equalTo(true)).body("firstBroken", nullValue())
                .body("headSequence", greaterThanOrEqualTo(4));
        // the second read of the complaint: sealed, with entries after it
        long position = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT chain_seq FROM audit_entry WHERE record_id = :id AND action = 'complaint.read' "
                        + "ORDER BY chain_seq OFFSET 1 LIMIT 1").setParameter("id", id).getSingleResult()).longValue());

        try (AuditLogTampering superuser = AuditLogTampering.asSuperuser(jdbcUrl)) {
            assertEquals(1, superuser.execute("UPDATE audit_entry SET actor_subject = 'someone-else' WHERE chain_seq = " + position));
            broken(position, "CHANGED");
            superuser.execute("UPDATE audit_entry SET actor_subject = 'intake-officer-IQ-BG' WHERE chain_seq = " + position);
            verification().body("intact", equalTo(true));

            superuser.execute("CREATE TEMP TABLE removed AS SELECT * FROM audit_entry WHERE chain_seq = " + position);
            assertEquals(1, superuser.execute("DELETE FROM audit_entry WHERE chain_seq = " + position));
            broken(position + 1, "MISSING_BEFORE");

            // an entry slipped in at the removed one's place, sealed with a made-up hash
            superuser.execute("INSERT INTO audit_entry (occurred_at, actor_subject, actor_roles, action, record_type, "
                    + "record_id, outcome, chain_seq, prev_hash, entry_hash) SELECT occurred_at, 'someone-else', "
                    + "actor_roles, action, record_type, record_id, outcome, chain_seq, prev_hash, repeat('f', 64) FROM removed");
            broken(position, "CHANGED");
            superuser.execute("DELETE FROM audit_entry WHERE chain_seq = " + position);
            superuser.execute("INSERT INTO audit_entry SELECT * FROM removed");
            verification().body("intact", equalTo(true));
        }
    }

    @Test
    void onlyAuditorsVerifyTheChain() {
        for (String token : new String[] { TOKENS.officer("supervisor", "IQ-BG"), TOKENS.citizen("chain-citizen"),
                TOKENS.withRoles("operator", "admin") }) {
            given().auth().oauth2(token).when().get("/audit-entries/verification").then().spec(Problems.forbidden());
        }
        given().when().get("/audit-entries/verification").then().spec(Problems.unauthenticated());
    }

    private static ValidatableResponse verification() {
        return given().auth().oauth2(AUDITOR).when().get("/audit-entries/verification").then().statusCode(200);
    }

    private static void broken(long position, String problem) {
        verification().body("intact", equalTo(false))
                .body("firstBroken.sequence", equalTo((int) position))
                .body("firstBroken.problem", equalTo(problem));
    }
}
