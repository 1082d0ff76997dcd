package org.sanad.referrals;

import static org.sanad.referrals.Referrals.TOKENS;

import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sanad.audit.AuditChain;
import org.sanad.testing.AuditLogTampering;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** referrals-service's migrations give it the audit log's rules (complaints-service's AuditChainTest tampers with it). */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SuiteStub.class)
class AuditLogTest {

    @Inject
    DataSource dataSource;

    @Inject
    AuditChain chain;

    @Test
    void theServiceItselfCanOnlyInsertIntoAndReadItsAuditLogAndItsChainHolds() throws SQLException {
        AuditLogTampering.assertAppendOnlyAndChained(dataSource, chain::sealAll, TOKENS.withRoles("auditor-1", "auditor"));
    }
}
