package org.sanad.referrals;

import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sanad.testing.AuditLogTampering;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * referrals-service's configuration and migrations leave the role it runs as unable to rewrite its audit
 * log. The log's own rules (append-only, the hash chain, its verification) are sanad-audit's tests.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SuiteStub.class)
class AuditLogTest {

    @Inject
    DataSource dataSource;

    @Test
    void theServiceItselfCanOnlyInsertIntoAndReadItsAuditLog() throws SQLException {
        AuditLogTampering.assertTheServiceCannotRewriteIt(dataSource);
    }
}
