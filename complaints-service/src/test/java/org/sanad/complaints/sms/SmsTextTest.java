package org.sanad.complaints.sms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SmsTextTest {

    @Test
    void aTextOfTheGsmAlphabetAndItsExtensionIsGsm7() {
        assertEquals(SmsEncoding.GSM7, SmsText.encoding("Réf. SND-7Q2K: {ok} [1] ~ | \\ ^ € @ £ ¥ è à Ö ñ ü ß"));
    }

    @Test
    void oneArabicOrKurdishLetterOrAnEmojiMakesItUcs2() {
        assertEquals(SmsEncoding.UCS2, SmsText.encoding("Report SND-7Q2K ب"));
        assertEquals(SmsEncoding.UCS2, SmsText.encoding("Report ڕ"));
        assertEquals(SmsEncoding.UCS2, SmsText.encoding("ok 🙂"));
        assertEquals(SmsEncoding.UCS2, SmsText.encoding("ç is not in GSM's lower case"));
    }

    @Test
    void gsm7Takes160SeptetsInOneAnd153APartWithTheExtensionCountingTwo() {
        assertEquals(1, SmsText.segments("a".repeat(160)));
        assertEquals(2, SmsText.segments("a".repeat(161)));
        assertEquals(2, SmsText.segments("a".repeat(306)));
        assertEquals(3, SmsText.segments("a".repeat(307)));
        assertEquals(1, SmsText.segments("€".repeat(80)));
        assertEquals(2, SmsText.segments("€".repeat(81)));
    }

    @Test
    void ucs2Takes70UnitsInOneAnd67APart() {
        assertEquals(1, SmsText.segments("ب".repeat(70)));
        assertEquals(2, SmsText.segments("ب".repeat(71)));
        assertEquals(2, SmsText.segments("ب".repeat(134)));
        assertEquals(3, SmsText.segments("ب".repeat(135)));
    }

    @Test
    void aPartNeverEndsInHalfAnEscapeOrHalfASurrogatePair() {
        List<String> gsm = SmsText.parts("a".repeat(152) + "€" + "b".repeat(10));
        assertEquals(List.of("a".repeat(152), "€" + "b".repeat(10)), gsm);

        List<String> ucs2 = SmsText.parts("ب".repeat(66) + "🙂" + "ب".repeat(10));
        assertEquals("ب".repeat(66), ucs2.get(0));
        assertEquals("🙂" + "ب".repeat(10), ucs2.get(1));
    }

    @Test
    void gsm7IsSentAsOneSeptetAnOctetWithTheEscapeBeforeExtensionCharacters() {
        assertArrayEquals(new byte[] {0x00, 0x41, 0x1B, 0x65, 0x7F, 0x1B, 0x28}, SmsText.encode("@A€à{", SmsEncoding.GSM7));
    }
}
