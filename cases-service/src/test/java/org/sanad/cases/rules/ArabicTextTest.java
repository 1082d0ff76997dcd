package org.sanad.cases.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

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
}
