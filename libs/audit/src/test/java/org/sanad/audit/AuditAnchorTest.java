package org.sanad.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.audit.AuditFixtures.TOKENS;
import static org.sanad.audit.AuditFixtures.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.sanad.testing.AuditLogTampering;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;

/**
 * The chain's heads anchored outside the database, in a directory as the file sink keeps them: a
 * chain a superuser rewrote consistently, checkpoints and all, walks intact in the database and is
 * found by its anchor. Its own application (a profile: the anchors on, a database cleaned at start),
 * since the rewrite is not undone.
 */
@QuarkusTest
@TestProfile(AuditAnchorTest.AnchoredInADirectory.class)
@WithTestResource(OidcWiremockTestResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditAnchorTest {

    private static final Path ANCHORS = AnchoredInADirectory.DIRECTORY.resolve("sanad-audit-test");
    private static final String AUDITOR = TOKENS.withRoles("auditor-1", "auditor");
    private static final String OFFICER = TOKENS.officer("intake-officer", "IQ-BG");

    public static class AnchoredInADirectory implements QuarkusTestProfile {

        /** One per test run (the profile and the test see the class from two class loaders). */
        static final Path DIRECTORY = Path.of("target", "audit-anchors-" + ProcessHandle.current().pid()).toAbsolutePath();

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sanad.audit.anchor.sink", "file",
                    "sanad.audit.anchor.directory", DIRECTORY.toString(),
                    "sanad.audit.anchor.signing-key-id", "2026-12",
                    "sanad.audit.anchor.keys.\"2026-12\"", "c2FuYWQtYXVkaXQtYW5jaG9yLXRlc3Qta2V5LTMyLWJ5dGVzIQ==");
        }
    }

    @Inject
    EntityManager entityManager;

    @Inject
    AuditChain chain;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    @Order(1)
    void anIntactWalkAnchorsItsHeadSignedAndTheNextWalkFindsItHeld() throws IOException {
        for (int i = 0; i < 3; i++) {
            read(OFFICER, UUID.randomUUID().toString());
        }
        chain.sealAll();
        long anchored = verification().body("intact", equalTo(true)).body("anchor.state", equalTo("NONE"))
                .extract().<Integer> path("headSequence");
        Map<?, ?> anchor = json.readValue(Files.readAllBytes(newestAnchor()), Map.class);
        assertEquals(anchored, ((Number) anchor.get("sequence")).longValue());
        assertEquals("2026-12", anchor.get("keyId"));
        assertTrue(anchor.get("signature") instanceof String signature && !signature.isBlank());

        verification().body("intact", equalTo(true)).body("anchor.state", equalTo("HOLDS"))
                .body("anchor.sequence", equalTo((int) anchored));
    }

    @Test
    @Order(2)
    void anAnchorNotSignedByTheServicesKeyIsReportedAndTheSignedOneStillCompared() throws IOException {
        verification().body("anchor.state", equalTo("HOLDS"));
        // one who can write the anchors but has not the key: a far head, signed with another key
        Path forged = ANCHORS.resolve(String.format("%019d", Long.MAX_VALUE - 1_000_000_000L) + ".json");
        Files.writeString(forged, "{\"service\":\"sanad-audit-test\",\"sequence\":1000000000,\"headHash\":\""
                + "0".repeat(64) + "\",\"anchoredAt\":\"2026-12-01T00:00:00Z\",\"keyId\":\"2026-12\",\"signature\":\"AAAA\"}");
        try {
            verification().body("intact", equalTo(false)).body("breakCount", equalTo(1))
                    .body("firstBroken.sequence", equalTo(1_000_000_000)).body("firstBroken.problem", equalTo("ANCHOR_FORGED"))
                    .body("anchor.state", equalTo("HOLDS")).body("anchor.sequence", lessThan(1_000_000_000));
        } finally {
            Files.delete(forged);
        }
        verification().body("intact", equalTo(true));
    }

    @Test
    @Order(3)
    void aChainRewrittenConsistentlyInTheDatabaseIsFoundAgainstItsAnchor() throws SQLException, IOException {
        read(OFFICER, UUID.randomUUID().toString());
        chain.sealAll();
        verification().body("intact", equalTo(true));
        verification().body("intact", equalTo(true)).body("anchor.state", equalTo("HOLDS"));
        Path newest = newestAnchor();
        long anchored = ((Number) json.readValue(Files.readAllBytes(newest), Map.class).get("sequence")).longValue();

        try (AuditLogTampering superuser = AuditLogTampering.asSuperuser(jdbcUrl)) {
            // the second entry says someone else did it, and every entry from there on is sealed again
            // in the same order, the checkpoints gone: a chain that holds from end to end
            superuser.execute("DO $$ BEGIN PERFORM pg_advisory_lock(hashtext('sanad.audit_chain')); END $$");
            superuser.execute("UPDATE audit_entry SET actor_subject = 'someone-else' WHERE chain_seq = 2");
            superuser.execute("UPDATE audit_entry SET chain_seq = NULL, prev_hash = NULL, entry_hash = NULL "
                    + "WHERE chain_seq >= 2");
            superuser.execute("DELETE FROM audit_chain_checkpoint");
            superuser.execute("DO $$ BEGIN PERFORM audit_chain_seal(1000000); END $$");
            superuser.execute("DO $$ BEGIN PERFORM pg_advisory_unlock(hashtext('sanad.audit_chain')); END $$");
        }

        given().auth().oauth2(AUDITOR).queryParam("full", true).when().get("/audit-entries/verification").then()
                .statusCode(200).body("intact", equalTo(false)).body("breakCount", equalTo(1))
                .body("firstBroken.sequence", equalTo((int) anchored)).body("firstBroken.problem", equalTo("ANCHOR_MISMATCH"))
                .body("anchor.state", equalTo("MISMATCH")).body("lastFullWalk", nullValue());
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM audit_chain_checkpoint").getSingleResult()).longValue()),
                "a walk that does not hold its anchor records no checkpoint");
        assertEquals(newest, newestAnchor(), "nor anchors the rewritten head");
    }

    private static ValidatableResponse verification() {
        return given().auth().oauth2(AUDITOR).when().get("/audit-entries/verification").then().statusCode(200);
    }

    private static Path newestAnchor() throws IOException {
        try (Stream<Path> files = Files.list(ANCHORS)) {
            return files.sorted().findFirst().orElseThrow();
        }
    }
}
