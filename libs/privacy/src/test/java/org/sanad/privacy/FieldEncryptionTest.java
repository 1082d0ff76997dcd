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
        return new FieldEncryption(new DataKeys(new DataKeyConfig() {
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
        }));
    }

    private static BlindIndex index(String key) {
        return new BlindIndex(() -> key);
    }

    @Test
    void aValueEncryptsUnderTheActiveKeyWithAFreshNonceAndDecryptsBack() {
        FieldEncryption encryption = encryption("k1", KEY_1);
        String first = encryption.encrypt("زينب علي");
        String second = encryption.encrypt("زينب علي");
        assertTrue(first.startsWith("enc1:k1:"), first);
        assertNotEquals(first, second);
        assertFalse(first.contains("زينب"));
        assertEquals("زينب علي", encryption.decrypt(first));
        assertNull(encryption.encrypt(null));
        assertNull(encryption.decrypt(null));
    }

    @Test
    void aValueWrittenUnderARetiredKeyStillReadsAndNewOnesUseTheActiveKey() {
        String old = encryption("k1", KEY_1).encrypt("narrative");
        FieldEncryption rotated = encryption("k2", KEY_2, "k1:" + KEY_1);
        assertEquals("narrative", rotated.decrypt(old));
        assertTrue(rotated.encrypt("narrative").startsWith("enc1:k2:"));
        assertThrows(DataKeys.MissingKeyException.class, () -> encryption("k2", KEY_2).decrypt(old));
    }

    @Test
    void anAlteredOrForeignValueIsRefusedRatherThanReadWrong() {
        FieldEncryption encryption = encryption("k1", KEY_1);
        String stored = encryption.encrypt("0770 123 4567");
        byte[] bytes = Base64.getDecoder().decode(stored.substring("enc1:k1:".length()));
        bytes[bytes.length - 1] ^= 1;
        String altered = "enc1:k1:" + Base64.getEncoder().encodeToString(bytes);
        assertThrows(IllegalStateException.class, () -> encryption.decrypt(altered));
        assertThrows(IllegalStateException.class, () -> encryption.decrypt("in clear"));
        // the same id naming another key: the tag does not verify
        assertThrows(IllegalStateException.class, () -> encryption("k1", KEY_2).decrypt(stored));
        // the thread's cipher, after those refusals, still reads and writes under both keys
        assertEquals("0770 123 4567", encryption.decrypt(stored));
        assertEquals("07801234567", encryption("k1", KEY_2).decrypt(encryption("k1", KEY_2).encrypt("07801234567")));
        assertEquals("0770 123 4567", encryption.decrypt(stored));
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
