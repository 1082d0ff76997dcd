package org.sanad.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Personal data encrypted field by field through the master keys: a value written under a key now
 * retired still reads, and a rotation re-encrypts every such value of every column the migrations
 * declare encrypted under the active key, a batch at a time, each batch audited.
 */
@QuarkusTest
class FieldKeyRotationTest {

    /** What the services' tests use as a retired key: the test application knows it as retired. */
    private static final FieldEncryption UNDER_RETIRED_KEY = new FieldEncryption(new DataKeys(new DataKeyConfig() {
        public String activeId() {
            return "test-old";
        }

        public String active() {
            return "dGVzdC1vbmx5LXJldGlyZWQtZXZpZGVuY2Uta2V5ISE=";
        }

        public Optional<List<String>> retired() {
            return Optional.empty();
        }
    }));

    @Inject
    EntityManager entityManager;

    @Inject
    FieldKeyRotation rotation;

    @BeforeEach
    void noNotes() {
        QuarkusTransaction.requiringNew().run(() -> FixtureNote.deleteAll());
    }

    private static UUID note(String author, String body) {
        FixtureNote note = new FixtureNote();
        note.id = UUID.randomUUID();
        note.author = author;
        note.body = body;
        note.subject = "subject of " + author;
        QuarkusTransaction.requiringNew().run(note::persist);
        return note.id;
    }

    static FieldAddress address(UUID id, String column) {
        return new FieldAddress("fixture_note", column, "id=" + id);
    }

    /** Rewrites a note's fields as if they had been written before the rotation, under the retired key. */
    private void writtenUnderRetiredKey(UUID id, String author, String body) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "UPDATE fixture_note SET author = :author, body = :body WHERE id = :id")
                .setParameter("author", UNDER_RETIRED_KEY.seal(author, address(id, "author")))
                .setParameter("body", UNDER_RETIRED_KEY.seal(body, address(id, "body")))
                .setParameter("id", id).executeUpdate());
    }

    private static FixtureNote read(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> FixtureNote.<FixtureNote> findById(id));
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .getSingleResult()).longValue());
    }

    @Test
    void theRotationFindsTheColumnsTheMigrationsDeclareEncrypted() {
        List<String> key = List.of("id");
        assertEquals(List.of(new FieldKeyRotation.EncryptedColumn("fixture_legacy_note", "note", key),
                new FieldKeyRotation.EncryptedColumn("fixture_legacy_note", "old_note", key),
                new FieldKeyRotation.EncryptedColumn("fixture_note", "author", key),
                new FieldKeyRotation.EncryptedColumn("fixture_note", "body", key),
                new FieldKeyRotation.EncryptedColumn("fixture_note", "remark", key),
                new FieldKeyRotation.EncryptedColumn("fixture_note", "signer_name", key),
                // the libraries' own (db/audit): a hand-off's payload
                new FieldKeyRotation.EncryptedColumn("outbox_event", "payload", key)), rotation.columns());
    }

    @Test
    void valuesUnderARetiredKeyStillReadAndTheRotationReEncryptsThemUnderTheActiveOne() {
        UUID old = note("زينب علي", "رواية قديمة");
        writtenUnderRetiredKey(old, "زينب علي", "رواية قديمة");
        UUID recent = note("آمال", "رواية جديدة");
        assertEquals("رواية قديمة", read(old).body, "a retired key still decrypts");
        // the two values of the row V3 wrote, sealed at start, count too
        assertEquals(Map.of("local-1", 4L, "test-old", 2L), rotation.valuesByKey());
        long auditedBefore = count("SELECT count(*) FROM audit_entry WHERE action = 'evidence.key.rotation'");

        assertEquals(2, rotation.rotate());

        assertEquals(Map.of("local-1", 6L), rotation.valuesByKey());
        assertEquals(0, count("SELECT count(*) FROM fixture_note WHERE author NOT LIKE 'enc2:local-1:%' "
                + "OR body NOT LIKE 'enc2:local-1:%'"));
        FixtureNote rotated = read(old);
        assertEquals("زينب علي", rotated.author);
        assertEquals("رواية قديمة", rotated.body);
        assertEquals("subject of زينب علي", rotated.subject);
        assertEquals("رواية جديدة", read(recent).body);
        // a batch per column, each audited with what it re-encrypted
        assertEquals(auditedBefore + 2, count("SELECT count(*) FROM audit_entry WHERE action = 'evidence.key.rotation'"));
        assertEquals(1, count("SELECT count(*) FROM audit_entry WHERE action = 'evidence.key.rotation' "
                + "AND record_id = 'local-1 (1 values of fixture_note.body re-encrypted)'"));
    }

    @Test
    void moreValuesThanABatchAreAllReEncrypted() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < FieldKeyRotation.BATCH + 1; i++) {
            ids.add(note("author " + i, "body " + i));
        }
        QuarkusTransaction.requiringNew().run(() -> ids.forEach(id -> entityManager.createNativeQuery(
                "UPDATE fixture_note SET body = :body WHERE id = :id").setParameter("body", UNDER_RETIRED_KEY.seal("old", address(id, "body")))
                .setParameter("id", id).executeUpdate()));

        assertEquals(FieldKeyRotation.BATCH + 1, rotation.rotate());
        assertEquals(Map.of("local-1", 2L * (FieldKeyRotation.BATCH + 1) + 2), rotation.valuesByKey());
        assertEquals("old", read(ids.get(FieldKeyRotation.BATCH)).body);
    }

    @Test
    void aRotationWithNothingUnderARetiredKeyChangesNothing() {
        UUID id = note("آمال", "رواية");
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "SELECT body FROM fixture_note WHERE id = :id").setParameter("id", id).getSingleResult());
        long audited = count("SELECT count(*) FROM audit_entry");

        assertEquals(0, rotation.rotate());
        assertTrue(stored.startsWith("enc2:local-1:"), stored);
        assertEquals(stored, QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT body FROM fixture_note WHERE id = :id").setParameter("id", id).getSingleResult()));
        assertEquals(audited, count("SELECT count(*) FROM audit_entry"));
    }
}
