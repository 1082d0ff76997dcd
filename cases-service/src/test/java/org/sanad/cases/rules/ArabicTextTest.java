package org.sanad.cases.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ArabicTextTest {

    @Test
    void alefFormsTaMarbutaAndAlefMaqsuraFoldTogether() {
        assertEquals(ArabicText.fold("امانة"), ArabicText.fold("أمانه"));
        assertEquals(ArabicText.fold("إبتزاز"), ArabicText.fold("ابتزاز"));
        assertEquals(ArabicText.fold("آمال"), ArabicText.fold("امال"));
        assertEquals(ArabicText.fold("مصطفى"), ArabicText.fold("مصطفي"));
    }

    @Test
    void diacriticsAndTatweelAreDropped() {
        assertEquals("ابتزاز", ArabicText.fold("اِبْتِزَاز"));
        assertEquals("ابتزاز", ArabicText.fold("ابتـــزاز"));
    }

    @Test
    void digitsOfEveryScriptAreAsciiAndLatinIsLowerCased() {
        assertEquals("07705551234", ArabicText.fold("٠٧٧٠٥٥٥١٢٣٤"));
        assertEquals("0770", ArabicText.fold("۰۷۷۰"));
        assertEquals("night wolf", ArabicText.fold("Night Wolf"));
        assertEquals("", ArabicText.fold(null));
    }

    @ParameterizedTest(name = "{0} folds to {1}")
    @CsvSource({
            "أحمد, احمد",
            "إيمان, ايمان",
            "آية, ايه",
            "ٱلله, الله",
            "ليلى, ليلي",
            "مدرسة, مدرسه",
            "مُحَمَّد, محمد",
            "تـــهديد, تهديد",
            "قُرْآن, قران",
            "٢٠٢٦, 2026",
            "۱۲۳۴۵۶۷۸۹۰, 1234567890",
            "WhatsApp, whatsapp",
            "Instagram @Night_Wolf, instagram @night_wolf",
    })
    void eachSpellingFoldsToItsPlainForm(String written, String folded) {
        assertEquals(folded, ArabicText.fold(written));
    }

    @ParameterizedTest(name = "{0} and {1} stay apart")
    @CsvSource({
            "ابتزاز, ابتزار",
            "سارة, سارا",
            "ذئب, دئب",
            "07705551234, 07705551235",
    })
    void lettersThatAreNotInterchangeableStayApart(String one, String other) {
        assertNotEquals(ArabicText.fold(one), ArabicText.fold(other));
    }

    @Test
    void emptyAndBlankTextStayAsTheyAre() {
        assertEquals("", ArabicText.fold(""));
        assertEquals("  ", ArabicText.fold("  "));
        assertEquals("", ArabicText.fold("\u064B\u0650\u0640"), "marks alone fold to nothing");
    }

    @Test
    void punctuationAndSpacingAreKept() {
        assertEquals("ابتزاز، تهديد: 500$", ArabicText.fold("إبتزاز، تهديد: ٥٠٠$"));
    }

    @Property
    void foldingFoldedTextChangesNothing(@ForAll("mixedText") String text) {
        String once = ArabicText.fold(text);
        assertEquals(once, ArabicText.fold(once));
    }

    @Property
    void diacriticsAndTatweelAnywhereDoNotChangeTheFoldedText(@ForAll("mixedText") String text,
            @ForAll("marks") String marks, @ForAll int at) {
        int position = Math.floorMod(at, text.length() + 1);
        String marked = text.substring(0, position) + marks + text.substring(position);
        assertEquals(ArabicText.fold(text), ArabicText.fold(marked));
    }

    @Property
    void foldedTextHasNoAlefVariantsTaMarbutaAlefMaqsuraMarksOrNonAsciiDigits(@ForAll("mixedText") String text) {
        String folded = ArabicText.fold(text);
        for (char c : folded.toCharArray()) {
            assertFalse("\u0622\u0623\u0625\u0671\u0629\u0649\u0640".indexOf(c) >= 0, () -> "kept " + c + " in " + folded);
            assertFalse(c >= '\u064B' && c <= '\u065F' || c == '\u0670', () -> "kept a mark in " + folded);
            assertFalse(c >= '\u0660' && c <= '\u0669' || c >= '\u06F0' && c <= '\u06F9', () -> "kept a digit in " + folded);
            assertFalse(c >= 'A' && c <= 'Z', () -> "kept upper case in " + folded);
        }
    }

    @Provide
    Arbitrary<String> mixedText() {
        return Arbitraries.strings().withCharRange('\u0600', '\u06FF').withCharRange('a', 'z')
                .withCharRange('A', 'Z').withCharRange('0', '9').withChars(' ', '-', '@').ofMaxLength(40);
    }

    @Provide
    Arbitrary<String> marks() {
        return Arbitraries.strings().withCharRange('\u064B', '\u065F').withChars('\u0670', '\u0640').ofMinLength(1)
                .ofMaxLength(4);
    }
}
