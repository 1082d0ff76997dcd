package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.sanad.audit.AuditEntry;
import org.sanad.testing.Problems;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * A refusal is audited without a second connection: with a pool of two, eight concurrent
 * refusals all get a clean 403 and are all on record. Each used to hold its transaction's
 * connection while waiting for a second one to audit; they starved each other into 500s that
 * were not audited. That sanad-core announces a refusal only once its request's transaction has
 * given its connection back is core's own test (RefusalEventsTest); this one is the whole chain
 * through the service: its transactional read, core's mappers, and sanad-audit's RefusalAuditor
 * writing the rows of the service's audit log through the service's pool.
 */
@QuarkusTest
@TestProfile(SmallPoolProfile.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class RefusalConnectionTest {

    @Test
    void concurrentAuditedRefusalsNeverStarveThePool() throws Exception {
        String id = Fixtures.fileAs("small-pool-filer", complaint("IQ-NA"));
        String outsider = TOKENS.officer("intake-officer", "IQ-BA");
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(clients.submit(() -> given().auth().oauth2(outsider).when().get("/complaints/" + id)
                        .then().extract().statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(403, answer.get(30, TimeUnit.SECONDS));
            }
        } finally {
            clients.shutdownNow();
        }
        assertEquals(8L, (long) QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "recordId = ?1 and outcome = 'DENIED'", id)));
        given().auth().oauth2(outsider).when().get("/complaints/" + id).then().spec(Problems.forbidden());
    }
}
