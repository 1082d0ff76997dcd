package org.sanad.cases.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanad.privacy.BlindIndex;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NoteTermsTest {

    private static final NoteTerms TERMS = termsWithKey(1);

    private static NoteTerms termsWithKey(int seed) {
        byte[] key = new byte[32];
        IntStream.range(0, key.length).forEach(i -> key[i] = (byte) (seed * 31 + i));
        String encoded = Base64.getEncoder().encodeToString(key);
        return new NoteTerms(new BlindIndex(() -> encoded));
    }

    @ParameterizedTest(name = "a note saying \"{0}\" is found by \"{1}\"")
    @CsvSource({
            "الضحية تلقت تهديدا عبر انستغرام, انستغرام",
            "أرسل المبتز رسالة, ارسل",
            "اسم الحساب المزيف أمانة, امانه",
            "رقم الهاتف ٠٧٧٠٥٥٥١٢٣٤, 07705551234",
            "Suspect uses the handle NightWolf, nightwolf",
            "Suspect uses WhatsApp, WHATSAPP",
            "مُبْتَزّ معروف, مبتز",
    })
    void aNoteIsFoundByAnyOfItsWordsHoweverTheSearchSpellsIt(String note, String search) {
        List<String> noteTerms = TERMS.of(note);
        List<String> searchTerms = TERMS.of(search);

        assertEquals(1, searchTerms.size(), "one word searched");
        assertTrue(noteTerms.contains(searchTerms.get(0)));
    }

    @ParameterizedTest(name = "a note saying \"{0}\" is not found by \"{1}\"")
    @CsvSource({
            "الضحية تلقت تهديدا, تهديد",
            "رقم الهاتف 07705551234, 0770",
            "Suspect uses WhatsApp, Telegram",
    })
    void aNoteIsFoundByWholeWordsOnly(String note, String search) {
        assertFalse(TERMS.of(note).contains(TERMS.of(search).get(0)));
    }

    @Test
    void theTermsAreNotTheWordsThemselves() {
        List<String> terms = TERMS.of("ابتزاز تهديد whatsapp");

        assertEquals(3, terms.size());
        for (String term : terms) {
            assertFalse(List.of("ابتزاز", "تهديد", "whatsapp").contains(term), term);
        }
    }

    @Test
    void anotherKeyGivesOtherTerms() {
        assertNotEquals(TERMS.of("ابتزاز"), termsWithKey(2).of("ابتزاز"));
    }

    @Test
    void aWordRepeatedInANoteIsOneTerm() {
        assertEquals(List.of(TERMS.of("تهديد").get(0), TERMS.of("ثم").get(0)), TERMS.of("تهديد، ثم تهديد ثم تهديد"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", "   ", "، . ! ؟ -" })
    void aNoteWithoutWordsHasNoTerms(String note) {
        assertEquals(List.of(), TERMS.of(note));
    }

    @Test
    void mergingANoteAddsItsNewWordsAfterTheCaseTermsKeepingTheirOrder() {
        String[] existing = TERMS.of("ابتزاز عبر انستغرام").toArray(String[]::new);

        String[] merged = TERMS.merge(existing, "مبتز عبر واتساب");

        List<String> expected = List.of(existing[0], existing[1], existing[2], TERMS.of("مبتز").get(0),
                TERMS.of("واتساب").get(0));
        assertEquals(expected, List.of(merged));
    }

    @Test
    void mergingIntoACaseWithoutTermsGivesTheNotesTerms() {
        assertArrayEquals(TERMS.of("حساب مزيف").toArray(String[]::new), TERMS.merge(new String[0], "حساب مزيف"));
    }

    @Property
    void mergingTheSameNoteTwiceChangesNothing(@ForAll("notes") String earlier, @ForAll("notes") String note) {
        String[] once = TERMS.merge(TERMS.of(earlier).toArray(String[]::new), note);

        assertArrayEquals(once, TERMS.merge(once, note));
    }

    @Property
    void aMergeKeepsEveryEarlierTermAndGainsEveryWordOfTheNoteWithoutRepeats(@ForAll("notes") String earlier,
            @ForAll("notes") String note) {
        List<String> existing = TERMS.of(earlier);

        List<String> merged = List.of(TERMS.merge(existing.toArray(String[]::new), note));

        assertEquals(existing, merged.subList(0, existing.size()));
        assertTrue(merged.containsAll(TERMS.of(note)));
        assertEquals(merged.size(), new HashSet<>(merged).size());
    }

    @Property
    void aNotesTermsDoNotDependOnHowItsWordsAreSpelledOrSpaced(@ForAll("notes") String note) {
        String respelled = " " + note.replace('ا', 'أ').replace('ه', 'ة').replace(" ", "  ،  ") + " ";

        assertEquals(new HashSet<>(TERMS.of(note)), new HashSet<>(TERMS.of(respelled)));
    }

    @Provide
    Arbitrary<String> notes() {
        Arbitrary<String> word = Arbitraries.strings().withChars("ابتزاهديدمسنجرقلكو").ofMinLength(1).ofMaxLength(6);
        return word.list().ofMaxSize(8).map(words -> String.join(" ", words));
    }
}
