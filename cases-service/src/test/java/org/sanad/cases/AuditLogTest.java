package org.sanad.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.sanad.cases.Deliveries.TOKENS;

import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sanad.commons.audit.AuditChain;
import org.sanad.testing.AuditLogTampering;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** cases-service's migrations give it the audit log's rules (complaints-service's AuditChainTest tampers with it). */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(ComplaintsStub.class)
class AuditLogTest {

    @Inject
    DataSource dataSource;

    @Inject
    AuditChain chain;

    @Test
    void theServiceItselfCanOnlyInsertIntoAndReadItsAuditLogAndItsChainHolds() throws SQLException {
        AuditLogTampering.assertTheServiceCannotRewriteIt(dataSource);
        chain.sealAll();
        given().auth().oauth2(TOKENS.withRoles("auditor-1", "auditor")).when().get("/audit-entries/verification").then()
                .statusCode(200).body("intact", equalTo(true)).body("unsealedEntries", equalTo(1));
    }
}
