package org.sanad.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.sanad.privacy.DataKeyConfig;
import org.sanad.privacy.DataKeys;

class FieldEncryptionTest {

    private static final String KEY_1 = Base64.getEncoder().encodeToString("k".repeat(32).getBytes());
    private static final String KEY_2 = Base64.getEncoder().encodeToString("z".repeat(32).getBytes());

    private static FieldEncryption encryption(String activeId, String active, String... retired) {
        return new FieldEncryption(keys(activeId, active, retired));
    }

    private static DataKeys keys(String activeId, String active, String... retired) {
        return new DataKeys(new DataKeyConfig() {
            @Override
            public String activeId() {
                return activeId;
            }

            @Override
            public String active() {
                return active;
            }

            @Override
            public Optional<List<String>> retired() {
                return Optional.of(List.of(retired));
            }
        });
    }

    private static BlindIndex index(String key) {
        return new BlindIndex(() -> key);
    }

    private static final FieldAddress NARRATIVE_OF_A = new FieldAddress("complaint", "narrative",
            "id=6a1e4a4e-0b5c-4d3e-9f6a-0d6f1c2b3a41");

    @Test
    void aValueIsSealedUnderTheActiveKeyWithAFreshNonceAndOpensWhereItWasSealed() {
        FieldEncryption encryption = encryption("k1", KEY_1);
        String first = encryption.seal("زينب علي", NARRATIVE_OF_A);
        String second = encryption.seal("زينب علي", NARRATIVE_OF_A);
        assertTrue(first.startsWith("enc2:k1:"), first);
        assertNotEquals(first, second);
        assertFalse(first.contains("زينب"));
        assertEquals("زينب علي", encryption.open(first, NARRATIVE_OF_A));
        assertTrue(encryption.isCurrent(first));
        assertNull(encryption.seal(null, NARRATIVE_OF_A));
        assertNull(encryption.open(null, NARRATIVE_OF_A));
    }

    @Test
    void aSealedValueDoesNotOpenInAnotherRowColumnOrTable() {
        FieldEncryption encryption = encryption("k1", KEY_1);
        String stored = encryption.seal("رواية", NARRATIVE_OF_A);
        FieldAddress otherRow = new FieldAddress("complaint", "narrative", "id=6a1e4a4e-0b5c-4d3e-9f6a-0d6f1c2b3a42");
        FieldAddress otherColumn = new FieldAddress("complaint", "demand_details", NARRATIVE_OF_A.row());
        FieldAddress otherTable = new FieldAddress("supplement", "narrative", NARRATIVE_OF_A.row());
        for (FieldAddress elsewhere : List.of(otherRow, otherColumn, otherTable)) {
            FieldEncryption.UnreadableValueException refused = assertThrows(FieldEncryption.UnreadableValueException.class,
                    () -> encryption.open(stored, elsewhere));
            assertEquals(elsewhere, refused.address());
            assertFalse(refused.getMessage().contains("رواية"));
        }
        assertEquals("رواية", encryption.open(stored, NARRATIVE_OF_A));
    }

    @Test
    void aValueOfTheUnboundFormOrInClearStillOpensAndIsNotCurrent() {
        DataKeys keys = keys("k1", KEY_1);
        FieldEncryption encryption = new FieldEncryption(keys);
        String unbound = UnboundValues.encrypt(keys, "narrative");
        assertEquals("narrative", encryption.open(unbound, NARRATIVE_OF_A));
        assertFalse(encryption.isCurrent(unbound));
        assertEquals("written before encryption", encryption.open("written before encryption", NARRATIVE_OF_A));
        assertFalse(encryption.isCurrent("written before encryption"));
    }

    @Test
    void aValueSealedUnderARetiredKeyStillOpensAndNewOnesUseTheActiveKey() {
        String old = encryption("k1", KEY_1).seal("narrative", NARRATIVE_OF_A);
        FieldEncryption rotated = encryption("k2", KEY_2, "k1:" + KEY_1);
        assertEquals("narrative", rotated.open(old, NARRATIVE_OF_A));
        assertFalse(rotated.isCurrent(old));
        assertTrue(rotated.seal("narrative", NARRATIVE_OF_A).startsWith("enc2:k2:"));
        assertThrows(DataKeys.MissingKeyException.class, () -> encryption("k2", KEY_2).open(old, NARRATIVE_OF_A));
    }

    @Test
    void anAlteredValueIsRefusedRatherThanReadWrong() {
        FieldEncryption encryption = encryption("k1", KEY_1);
        String stored = encryption.seal("0770 123 4567", NARRATIVE_OF_A);
        byte[] bytes = Base64.getDecoder().decode(stored.substring("enc2:k1:".length()));
        bytes[bytes.length - 1] ^= 1;
        String altered = "enc2:k1:" + Base64.getEncoder().encodeToString(bytes);
        assertThrows(FieldEncryption.UnreadableValueException.class, () -> encryption.open(altered, NARRATIVE_OF_A));
        assertThrows(FieldEncryption.UnreadableValueException.class, () -> encryption.open("enc2:k1:not base64!", NARRATIVE_OF_A));
        assertThrows(FieldEncryption.UnreadableValueException.class, () -> encryption.open("enc2:k1:AAAA", NARRATIVE_OF_A));
        // the same id naming another key: the tag does not verify
        assertThrows(FieldEncryption.UnreadableValueException.class, () -> encryption("k1", KEY_2).open(stored, NARRATIVE_OF_A));
        // the thread's cipher, after those refusals, still reads and writes under both keys
        assertEquals("0770 123 4567", encryption.open(stored, NARRATIVE_OF_A));
        FieldEncryption other = encryption("k1", KEY_2);
        assertEquals("07801234567", other.open(other.seal("07801234567", NARRATIVE_OF_A), NARRATIVE_OF_A));
        assertEquals("0770 123 4567", encryption.open(stored, NARRATIVE_OF_A));
    }

    @Test
    void aBlindIndexIsEqualForEqualValuesAndUnrelatedAcrossPurposesAndKeys() {
        BlindIndex index = index(KEY_1);
        assertEquals(index.of("victim-phone", "+9647701234567"), index.of("victim-phone", "+9647701234567"));
        assertNotEquals(index.of("victim-phone", "+9647701234567"), index.of("victim-phone", "+9647701234568"));
        assertNotEquals(index.of("victim-phone", "+9647701234567"), index.of("case-note-word", "+9647701234567"));
        assertNotEquals(index.of("victim-phone", "+9647701234567"), index(KEY_2).of("victim-phone", "+9647701234567"));
        assertFalse(index.of("victim-phone", "+9647701234567").contains("770"));
        assertEquals(22, index.of("victim-phone", "x").length());
    }

    @Test
    void aBlindIndexIsTheSameOnAnotherThreadAndAfterOtherValues() throws Exception {
        BlindIndex index = index(KEY_1);
        String first = index.of("victim-phone", "+9647701234567");
        index.of("case-note-word", "mall");
        assertEquals(first, index.of("victim-phone", "+9647701234567"));
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            assertEquals(first, other.submit(() -> index.of("victim-phone", "+9647701234567")).get());
        } finally {
            other.shutdown();
        }
    }

    @Test
    void theWordsOfANoteAreIndexedFoldedOnceEach() {
        BlindIndex index = index(KEY_1);
        List<String> words = index.words("note", "Seen at the Mall, the MALL again.", s -> s.toLowerCase(Locale.ROOT));
        assertEquals(List.of(index.of("note", "seen"), index.of("note", "at"), index.of("note", "the"),
                index.of("note", "mall"), index.of("note", "again")), words);
        assertEquals(List.of(), index.words("note", " ,.; ", s -> s));
        assertEquals(List.of(), index.words("note", null, s -> s));
    }

    @Test
    void anIndexKeyThatIsNotThirtyTwoBytesStopsTheService() {
        assertThrows(IllegalStateException.class, () -> index(Base64.getEncoder().encodeToString(new byte[16])));
        assertThrows(IllegalStateException.class, () -> index("not base64!"));
    }
}
