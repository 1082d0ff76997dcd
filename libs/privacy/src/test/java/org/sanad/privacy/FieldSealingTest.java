package org.sanad.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Encrypted attributes are sealed to their row: a value copied to another row or column is refused
 * as an integrity failure, with the refusal to audit; values of the first, unbound form and clear
 * values of a newly encrypted column still read, and are sealed by the rotation. Hibernate never
 * rewrites a value that did not change.
 */
@QuarkusTest
class FieldSealingTest {

    @Inject
    EntityManager entityManager;

    @Inject
    DataKeys keys;

    @Inject
    FieldKeyRotation rotation;

    @BeforeEach
    void noNotes() {
        QuarkusTransaction.requiringNew().run(() -> FixtureNote.deleteAll());
    }

    private static UUID note(String author, String body, String signer) {
        FixtureNote note = new FixtureNote();
        note.id = UUID.randomUUID();
        note.author = author;
        note.body = body;
        note.subject = "subject of " + author;
        note.signer = new FixtureSigner();
        note.signer.name = signer;
        note.signer.role = "clerk";
        QuarkusTransaction.requiringNew().run(note::persist);
        return note.id;
    }

    private static FixtureNote read(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> FixtureNote.<FixtureNote> findById(id));
    }

    private String stored(UUID id, String column) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "SELECT " + column + " FROM fixture_note WHERE id = :id").setParameter("id", id).getSingleResult());
    }

    private void store(UUID id, String column, String value) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "UPDATE fixture_note SET " + column + " = :value WHERE id = :id").setParameter("value", value)
                .setParameter("id", id).executeUpdate());
    }

    /** The same copy as an attacker with the database would make: one row's value into another row. */
    private void copy(String column, UUID from, UUID to) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("UPDATE fixture_note SET " + column
                + " = (SELECT " + column + " FROM fixture_note WHERE id = :from) WHERE id = :to").setParameter("from", from)
                .setParameter("to", to).executeUpdate());
    }

    private static void assertRefusedAsIntegrityFailure(UUID id, String column) {
        ProblemException refused = assertThrows(ProblemException.class, () -> read(id));
        assertEquals(ProblemType.INTEGRITY_FAILURE, refused.type());
        assertEquals("field.integrity-failure", refused.refusal().action().code());
        assertEquals("encrypted-field", refused.refusal().recordType().code());
        assertEquals("fixture_note." + column + " id=" + id, refused.refusal().recordId());
    }

    @Test
    void valuesAreStoredSealedToTheirRowAndReadBackClear() {
        UUID id = note("زينب علي", "رواية", "سلمى");
        assertTrue(stored(id, "author").startsWith("enc2:local-1:"));
        assertTrue(stored(id, "signer_name").startsWith("enc2:local-1:"));
        assertEquals("clerk", stored(id, "signer_role"));
        FixtureNote note = read(id);
        assertEquals("زينب علي", note.author);
        assertEquals("رواية", note.body);
        assertEquals("سلمى", note.signer.name);
        assertEquals("clerk", note.signer.role);
        assertNull(note.remark);
    }

    @Test
    void aValueCopiedFromAnotherRowIsRefusedNotReadAsThisRows() {
        UUID victim = note("زينب", "رواية زينب", "سلمى");
        UUID other = note("آمال", "رواية آمال", "هدى");
        copy("body", victim, other);
        assertRefusedAsIntegrityFailure(other, "body");
        assertEquals("رواية زينب", read(victim).body, "the original row still reads");
    }

    @Test
    void aValueMovedToAnotherColumnOfTheSameRowIsRefused() {
        UUID id = note("زينب", "رواية", "سلمى");
        store(id, "body", stored(id, "author"));
        assertRefusedAsIntegrityFailure(id, "body");
    }

    @Test
    void anEmbeddedValueCopiedFromAnotherRowIsRefused() {
        UUID victim = note("زينب", "رواية", "سلمى");
        UUID other = note("آمال", "رواية", "هدى");
        copy("signer_name", victim, other);
        assertRefusedAsIntegrityFailure(other, "signer_name");
    }

    @Test
    void aRowWrittenBeforeValuesWereSealedIsSealedAtStartAndReadsAsBefore() {
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "SELECT old_note || ' ' || note FROM fixture_legacy_note WHERE id = :id")
                .setParameter("id", FixtureLegacyNote.WRITTEN_BEFORE).getSingleResult());
        assertTrue(stored.matches("enc2:local-1:\\S+ enc2:local-1:\\S+"), stored);
        FixtureLegacyNote note = QuarkusTransaction.requiringNew().call(
                () -> FixtureLegacyNote.<FixtureLegacyNote> findById(FixtureLegacyNote.WRITTEN_BEFORE));
        assertEquals("encrypted before values were sealed to their rows", note.oldNote);
        assertEquals("written in clear before its column was encrypted", note.note);
    }

    @Test
    void anUnboundValueStillReadsAndIsSealedByTheRotation() {
        UUID id = note("زينب", "رواية", "سلمى");
        store(id, "body", UnboundValues.encrypt(keys, "رواية قديمة"));
        assertEquals("رواية قديمة", read(id).body);

        assertEquals(1, rotation.sealUnbound());

        assertTrue(stored(id, "body").startsWith("enc2:local-1:"), stored(id, "body"));
        assertEquals("رواية قديمة", read(id).body);
        assertEquals(0, rotation.sealUnbound());
    }

    @Test
    void theRotationLeavesAValueThatDoesNotOpenAndSealsTheRest() {
        UUID good = note("زينب", "رواية", "سلمى");
        UUID moved = note("آمال", "رواية", "هدى");
        store(good, "body", UnboundValues.encrypt(keys, "رواية قديمة"));
        copy("author", good, moved);
        String movedAuthor = stored(moved, "author");
        store(moved, "author", movedAuthor.replace("enc2:", "enc1:"));

        assertEquals(1, rotation.sealUnbound());

        assertEquals("رواية قديمة", read(good).body);
        assertEquals(movedAuthor.replace("enc2:", "enc1:"), stored(moved, "author"));
    }

    @Test
    void aNewClearValueCannotBeWrittenToAnEncryptedColumn() {
        UUID id = note("زينب", "رواية", "سلمى");
        assertThrows(RuntimeException.class, () -> store(id, "remark", "in clear"));
        assertThrows(RuntimeException.class, () -> store(id, "signer_name", UnboundValues.encrypt(keys, "x")));
    }

    @Test
    void hibernateRewritesAnEncryptedValueOnlyWhenItChanges() {
        UUID id = note("زينب", "رواية", "سلمى");
        String body = stored(id, "body");
        // read and flushed twice without a change: nothing written, the version stays
        QuarkusTransaction.requiringNew().run(() -> {
            FixtureNote note = FixtureNote.findById(id);
            note.subject = note.subject;
            entityManager.flush();
            entityManager.flush();
        });
        assertEquals(body, stored(id, "body"));
        assertEquals(0L, read(id).version);

        QuarkusTransaction.requiringNew().run(() -> {
            FixtureNote note = FixtureNote.findById(id);
            note.body = "رواية معدلة";
            note.signer.name = "هدى";
            entityManager.flush();
            entityManager.flush();
        });
        FixtureNote changed = read(id);
        assertEquals(1L, changed.version);
        assertEquals("زينب", changed.author, "an unchanged value written again is sealed once");
        assertEquals("رواية معدلة", changed.body);
        assertEquals("هدى", changed.signer.name);
        assertFalse(stored(id, "body").equals(body));
        assertTrue(stored(id, "signer_name").startsWith("enc2:local-1:"));
    }

    @Test
    void aNewRecordIsWrittenOnceWhateverTheFlushes() {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            FixtureNote note = new FixtureNote();
            note.id = id;
            note.author = "زينب";
            note.body = "رواية";
            note.subject = "s";
            note.signer = new FixtureSigner();
            note.signer.name = "سلمى";
            note.persist();
            entityManager.flush();
            entityManager.flush();
        });
        assertEquals(0L, read(id).version);
        assertEquals("سلمى", read(id).signer.name);
    }
}
