package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;
import static org.sanad.complaints.Fixtures.fileAs;

import java.util.UUID;

import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.sanad.audit.AuditEntry;
import org.sanad.core.persistence.ReadOnlyLoads;
import org.sanad.complaints.domain.BlackmailerIdentifier;
import org.sanad.complaints.domain.Complaint;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * A complaint's read loads it read-only (Hibernate keeps no snapshot of it and skips it at the
 * commit's flush), yet the read is still audited.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class ReadOnlyReadTest {

    private static final String GOVERNORATE = "IQ-MU";

    @Test
    void whatAReadLoadsIsReadOnlyItsCollectionsIncludedAndTheSessionIsAsItWasAfter() {
        UUID id = UUID.fromString(fileAs("citizen-read-only", complaint(GOVERNORATE)));
        UUID other = UUID.fromString(fileAs("citizen-read-only", complaint(GOVERNORATE)));
        QuarkusTransaction.requiringNew().run(() -> {
            Session session = Panache.getSession();
            Complaint complaint = ReadOnlyLoads.reading(() -> {
                Complaint loaded = Complaint.findById(id);
                loaded.identifiers.size();
                return loaded;
            });
            assertTrue(session.isReadOnly(complaint));
            BlackmailerIdentifier identifier = complaint.identifiers.get(0);
            assertTrue(session.isReadOnly(identifier), "a collection loaded lazily inside the read is read-only too");
            assertFalse(session.isDefaultReadOnly());
            // what the same transaction loads afterwards can be changed again
            assertFalse(session.isReadOnly(Complaint.findById(other)));
        });
    }

    @Test
    void aChangeToAComplaintLoadedReadOnlyIsNotWritten() {
        UUID id = UUID.fromString(fileAs("citizen-read-only-change", complaint(GOVERNORATE)));
        QuarkusTransaction.requiringNew().run(() -> ReadOnlyLoads.reading(() -> {
            Complaint loaded = Complaint.findById(id);
            loaded.narrative = "changed inside a read";
            return loaded;
        }));
        String narrative = QuarkusTransaction.requiringNew().call(() -> Complaint.<Complaint> findById(id).narrative);
        assertNotEquals("changed inside a read", narrative);
    }

    @Test
    void theReadThroughTheApiIsStillAudited() {
        String subject = "citizen-read-only-audit";
        String id = fileAs(subject, complaint(GOVERNORATE));
        long before = reads(id);
        given().auth().oauth2(TOKENS.citizen(subject)).when().get("/complaints/" + id).then().statusCode(200);
        assertEquals(before + 1, reads(id));
    }

    private static long reads(String id) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = ?1 and recordId = ?2", "complaint.read", id));
    }
}
