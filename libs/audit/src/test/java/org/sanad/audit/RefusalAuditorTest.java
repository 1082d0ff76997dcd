package org.sanad.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanad.audit.AuditFixtures.TOKENS;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sanad.testing.Problems;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class RefusalAuditorTest {

    @Test
    void aRefusedRecordIsAuditedAsDeniedInItsOwnTransactionWhileTheRefusedRequestsRolledBack() {
        String id = UUID.randomUUID().toString();
        given().auth().oauth2(TOKENS.officer("investigator", "IQ-BA")).when()
                .post("/fixture/records/" + id + "/refused-changes").then().spec(Problems.forbidden());

        // the success the request wrote before it was refused went with its transaction
        List<AuditEntry> entries = entriesOf(id);
        assertEquals(1, entries.size());
        AuditEntry refusal = entries.get(0);
        assertEquals("fixture.change", refusal.action);
        assertEquals("fixture-record", refusal.recordType);
        assertEquals(AuditEntry.Outcome.DENIED, refusal.outcome);
        assertEquals("investigator-IQ-BA", refusal.actorSubject);
        assertEquals("investigator", refusal.actorRoles);
    }

    @Test
    void anEndpointsRoleRefusalIsAuditedAsEndpointAccessForTheRefusedCaller() {
        given().auth().oauth2(TOKENS.citizen("citizen-at-the-audit-log")).when().get("/audit-entries").then()
                .spec(Problems.forbidden());

        List<AuditEntry> refusals = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry> list(
                "actorSubject", "citizen-at-the-audit-log"));
        assertEquals(1, refusals.size());
        AuditEntry refusal = refusals.get(0);
        assertEquals("endpoint.access", refusal.action);
        assertEquals("endpoint", refusal.recordType);
        assertEquals("GET /audit-entries", refusal.recordId);
        assertEquals(AuditEntry.Outcome.DENIED, refusal.outcome);
        assertEquals("citizen", refusal.actorRoles);
    }

    @Test
    void anUnauthenticatedRequestIsAuditedAsEndpointAccessWithoutTrustingARefusedToken() {
        String id = UUID.randomUUID().toString();
        String endpoint = "POST /fixture/records/" + id + "/reads";
        given().when().post("/fixture/records/" + id + "/reads").then().spec(Problems.unauthenticated());
        given().auth().oauth2(TOKENS.expiredCitizen("expired-citizen")).when().post("/fixture/records/" + id + "/reads")
                .then().spec(Problems.unauthenticated());

        List<AuditEntry> refusals = entriesOf(endpoint);
        assertEquals(2, refusals.size());
        for (AuditEntry refusal : refusals) {
            assertEquals("endpoint.access", refusal.action);
            assertEquals(AuditEntry.Outcome.DENIED, refusal.outcome);
            assertEquals("anonymous", refusal.actorSubject);
            assertEquals("anonymous", refusal.actorRoles);
        }
        assertEquals(0, entriesOf(id).size(), "nothing was read");
    }

    private static List<AuditEntry> entriesOf(String recordId) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry> list("recordId", recordId));
    }
}
