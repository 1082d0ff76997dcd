package org.sanad.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.audit.AuditFixtures.TOKENS;
import static org.sanad.audit.AuditFixtures.read;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sanad.testing.AuditLogTampering;
import org.sanad.testing.Problems;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class AuditChainTest {

    private static final String AUDITOR = TOKENS.withRoles("auditor-1", "auditor");
    private static final String OFFICER = TOKENS.officer("intake-officer", "IQ-BG");

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager entityManager;

    @Inject
    AuditChain chain;

    @Inject
    AuditChainFullWalk fullWalk;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void theServiceItselfCanOnlyInsertIntoAndReadItsAuditLog() throws SQLException {
        AuditLogTampering.assertTheServiceCannotRewriteIt(dataSource);
    }

    @Test
    void onceSealedTheChainHoldsAndOnlyTheWalksOwnEntryIsUnsealed() {
        read(OFFICER, UUID.randomUUID().toString());
        chain.sealAll();
        // the verification is audited in the walk's own transaction, too late for any seal
        verification().body("intact", equalTo(true)).body("unsealedEntries", equalTo(1));
    }

    @Test
    void aSuperusersChangeRemovalOrInsertionIsFoundAtTheEntryItTouched() throws SQLException {
        String id = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            read(OFFICER, id);
        }
        chain.sealAll();
        fullWalk().body("intact", equalTo(true)).body("firstBroken", nullValue())
                .body("headSequence", greaterThanOrEqualTo(3));
        // the second read of the record: sealed, with entries after it
        long position = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT chain_seq FROM audit_entry WHERE record_id = :id AND action = 'fixture.read' "
                        + "ORDER BY chain_seq OFFSET 1 LIMIT 1").setParameter("id", id).getSingleResult()).longValue());

        try (AuditLogTampering superuser = AuditLogTampering.asSuperuser(jdbcUrl)) {
            assertEquals(1, superuser.execute("UPDATE audit_entry SET actor_subject = 'someone-else' WHERE chain_seq = " + position));
            brokenInFullWalk(position, "CHANGED");
            superuser.execute("UPDATE audit_entry SET actor_subject = 'intake-officer-IQ-BG' WHERE chain_seq = " + position);
            fullWalk().body("intact", equalTo(true));

            superuser.execute("CREATE TEMP TABLE removed AS SELECT * FROM audit_entry WHERE chain_seq = " + position);
            assertEquals(1, superuser.execute("DELETE FROM audit_entry WHERE chain_seq = " + position));
            brokenInFullWalk(position + 1, "MISSING_BEFORE");

            // an entry slipped in at the removed one's place, sealed with a made-up hash
            superuser.execute("INSERT INTO audit_entry (occurred_at, actor_subject, actor_roles, action, record_type, "
                    + "record_id, outcome, chain_seq, prev_hash, entry_hash) SELECT occurred_at, 'someone-else', "
                    + "actor_roles, action, record_type, record_id, outcome, chain_seq, prev_hash, repeat('f', 64) FROM removed");
            brokenInFullWalk(position, "CHANGED");
            superuser.execute("DELETE FROM audit_entry WHERE chain_seq = " + position);
            superuser.execute("INSERT INTO audit_entry SELECT * FROM removed");
            fullWalk().body("intact", equalTo(true));
        }
    }

    @Test
    void theRegularWalkStartsAtTheLastCheckpointAndFindsWhatChangedFromThereOn() throws SQLException {
        String id = UUID.randomUUID().toString();
        read(OFFICER, id);
        chain.sealAll();
        // (the seal runs every second too: the walk's answer says where it ended)
        long checkpoint = fullWalk().body("intact", equalTo(true)).extract().<Integer> path("headSequence");
        assertEquals(checkpoint, lastCheckpoint(), "an intact walk leaves its head as the checkpoint");

        for (int i = 0; i < 3; i++) {
            read(OFFICER, id);
        }
        chain.sealAll();
        ValidatableResponse walk = verification().body("intact", equalTo(true)).body("fromSequence", equalTo((int) checkpoint));
        long next = walk.extract().<Integer> path("headSequence");
        assertTrue(next >= checkpoint + 3, "the three reads were sealed after the checkpoint");
        assertEquals(next - checkpoint + 1, (long) walk.extract().<Integer> path("checkedEntries"), "the checkpoint's entry and those after it");
        assertEquals(next, lastCheckpoint());

        read(OFFICER, id);
        chain.sealAll();
        try (AuditLogTampering superuser = AuditLogTampering.asSuperuser(jdbcUrl)) {
            // after the checkpoint, and the checkpoint's entry itself: found by the regular walk
            for (long position : new long[] { head(), next }) {
                superuser.execute("UPDATE audit_entry SET outcome = 'DENIED' WHERE chain_seq = " + position);
                verification().body("intact", equalTo(false)).body("fromSequence", equalTo((int) next))
                        .body("firstBroken.sequence", equalTo((int) position)).body("firstBroken.problem", equalTo("CHANGED"));
                superuser.execute("UPDATE audit_entry SET outcome = 'SUCCESS' WHERE chain_seq = " + position);
            }
            // the sealer (every second) would number new entries from the shortened chain's end:
            // it is kept out by holding its lock while the tail is gone
            superuser.execute("DO $$ BEGIN PERFORM pg_advisory_lock(hashtext('sanad.audit_chain')); END $$");
            superuser.execute("CREATE TEMP TABLE after_checkpoint AS SELECT * FROM audit_entry WHERE chain_seq >= " + next);
            superuser.execute("DELETE FROM audit_entry WHERE chain_seq >= " + next);
            verification().body("intact", equalTo(false)).body("firstBroken.sequence", equalTo((int) next))
                    .body("firstBroken.problem", equalTo("MISSING_BEFORE")).body("firstBroken.entryId", nullValue());
            superuser.execute("INSERT INTO audit_entry SELECT * FROM after_checkpoint");
            superuser.execute("DO $$ BEGIN PERFORM pg_advisory_unlock(hashtext('sanad.audit_chain')); END $$");

            // before it: only the full walk recomputes that far back
            superuser.execute("UPDATE audit_entry SET outcome = 'DENIED' WHERE chain_seq = " + checkpoint);
            verification().body("intact", equalTo(true)).body("fromSequence", equalTo((int) next));
            brokenInFullWalk(checkpoint, "CHANGED");
            superuser.execute("UPDATE audit_entry SET outcome = 'SUCCESS' WHERE chain_seq = " + checkpoint);
        }
        fullWalk().body("intact", equalTo(true));
        given().auth().oauth2(AUDITOR).queryParam("full", "yes").when().get("/audit-entries/verification").then()
                .statusCode(400).body("errors.field", contains("full"));
    }

    /** The service's own walk every ten minutes: the breaks it finds are a gauge at once, not the next night. */
    @Test
    void theScheduledWalksBreaksAreTheRecentBreaksGauge() throws SQLException {
        read(OFFICER, UUID.randomUUID().toString());
        chain.sealAll();
        chain.scheduledVerification();
        assertEquals(0.0, registry.get("sanad.audit.chain.recent.breaks").gauge().value());
        try (AuditLogTampering superuser = AuditLogTampering.asSuperuser(jdbcUrl)) {
            long position = head();
            superuser.execute("UPDATE audit_entry SET outcome = 'DENIED' WHERE chain_seq = " + position);
            chain.scheduledVerification();
            assertEquals(1.0, registry.get("sanad.audit.chain.recent.breaks").gauge().value(), "a break found by the regular walk");
            // a broken walk keeps no checkpoint: the next one finds it again
            chain.scheduledVerification();
            assertEquals(1.0, registry.get("sanad.audit.chain.recent.breaks").gauge().value());
            superuser.execute("UPDATE audit_entry SET outcome = 'SUCCESS' WHERE chain_seq = " + position);
        }
        chain.scheduledVerification();
        assertEquals(0.0, registry.get("sanad.audit.chain.recent.breaks").gauge().value(), "mended");
    }

    @Test
    void aCheckpointNamingNoSealedEntryIsRefusedEvenToTheOwner() throws SQLException {
        // the service's role may insert none at all (theServiceItselfCanOnlyInsertIntoAndReadItsAuditLog)
        try (AuditLogTampering superuser = AuditLogTampering.asSuperuser(jdbcUrl)) {
            superuser.execute("SET session_replication_role = origin");
            SQLException refused = assertThrows(SQLException.class, () -> superuser.execute(AuditLogTampering.FAKE_CHECKPOINT));
            assertEquals("42501", refused.getSQLState(), refused.getMessage());
        }
    }

    @Test
    void theNightlyFullWalkReportsEveryBreakAsEntriesAndAGaugeAndRunsOnceForTwoReplicas() throws SQLException {
        String id = UUID.randomUUID().toString();
        for (int i = 0; i < 5; i++) {
            read(OFFICER, id);
        }
        chain.sealAll();
        @SuppressWarnings("unchecked")
        List<Long> positions = QuarkusTransaction.requiringNew().call(() -> ((List<Number>) entityManager.createNativeQuery(
                "SELECT chain_seq FROM audit_entry WHERE record_id = :id ORDER BY chain_seq").setParameter("id", id)
                .getResultList()).stream().map(Number::longValue).toList());
        List<Long> changed = List.of(positions.get(0), positions.get(2), positions.get(4));
        try (AuditLogTampering superuser = AuditLogTampering.asSuperuser(jdbcUrl)) {
            superuser.execute("DELETE FROM audit_chain_full_walk");
            for (long position : changed) {
                superuser.execute("UPDATE audit_entry SET outcome = 'DENIED' WHERE chain_seq = " + position);
            }
            AuditChain.Verification walked = fullWalk.walk();
            assertEquals(false, walked.intact());
            assertEquals(3, walked.breakCount());
            assertEquals(changed, walked.breaks().stream().map(AuditChain.Broken::sequence).toList());
            assertTrue(walked.breaks().stream().allMatch(broken -> broken.problem().equals("CHANGED")));
            assertNull(fullWalk.walk(), "another replica's walk just after is skipped");

            assertEquals(3.0, registry.get("sanad.audit.chain.breaks").gauge().value());
            assertEquals(changed.stream().map(position -> position + ":CHANGED").toList(),
                    QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("SELECT record_id FROM (SELECT id, "
                            + "record_id FROM audit_entry WHERE action = 'audit.chain.break' ORDER BY id DESC LIMIT 3) last "
                            + "ORDER BY id").getResultList()));
            verification().body("lastFullWalk.breakCount", equalTo(3))
                    .body("lastFullWalk.checkedEntries", greaterThanOrEqualTo(5));

            for (long position : changed) {
                superuser.execute("UPDATE audit_entry SET outcome = 'SUCCESS' WHERE chain_seq = " + position);
            }
            superuser.execute("DELETE FROM audit_chain_full_walk");
        }
        AuditChain.Verification walked = fullWalk.walk();
        assertTrue(walked.intact());
        assertEquals(0, walked.breakCount());
        assertEquals(0.0, registry.get("sanad.audit.chain.breaks").gauge().value());
    }

    private long head() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT max(chain_seq) FROM audit_entry").getSingleResult()).longValue());
    }

    private long lastCheckpoint() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT max(chain_seq) FROM audit_chain_checkpoint").getSingleResult()).longValue());
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

    private static ValidatableResponse fullWalk() {
        return given().auth().oauth2(AUDITOR).queryParam("full", true).when().get("/audit-entries/verification").then()
                .statusCode(200).body("fromSequence", equalTo(1));
    }

    private static void brokenInFullWalk(long position, String problem) {
        fullWalk().body("intact", equalTo(false))
                .body("firstBroken.sequence", equalTo((int) position))
                .body("firstBroken.problem", equalTo(problem));
    }
}
