package org.sanad.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;

class EvidenceIntakeTest {

    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 };
    private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0 };
    private static final EvidenceIntake INTAKE = new EvidenceIntake(Set.of("image/png", "image/jpeg", "text/plain"),
            16, null);

    @Test
    void typesOutsideTheAllowListAreUnsupportedAndParametersAndCaseDoNotMatter() {
        assertEquals("image/png", INTAKE.allowedContentType("IMAGE/PNG; charset=x"));
        for (String type : new String[] { "application/x-msdownload", null, "", "image/gif" }) {
            assertEquals(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    assertThrows(ProblemException.class, () -> INTAKE.allowedContentType(type)).type());
        }
    }

    @Test
    void bytesOfAnotherTypeAreNotPlausible() {
        assertFalse(EvidenceSignatures.plausible("image/png", JPEG));
        assertFalse(EvidenceSignatures.plausible("image/jpeg", PNG));
    }

    @Test
    void textIsCheckedAsItStreamsEvenWhereACharacterIsSplitBetweenTwoReads() {
        byte[] arabic = "ادفع وإلا".getBytes(StandardCharsets.UTF_8);
        EvidenceSignatures.Check split = EvidenceSignatures.check("text/plain");
        split.update(arabic, 0, 3);
        split.update(arabic, 3, arabic.length - 3);
        assertTrue(split.needsWholeFile());
        assertTrue(split.plausible());
        EvidenceSignatures.Check cutOff = EvidenceSignatures.check("text/plain");
        cutOff.update(arabic, 0, 3);
        assertFalse(cutOff.plausible(), "a character cut off at the end is not text");
        EvidenceSignatures.Check binaryLater = EvidenceSignatures.check("text/plain");
        binaryLater.update(arabic, 0, arabic.length);
        binaryLater.update(new byte[] { 'M', 'Z', 0 }, 0, 3);
        assertFalse(binaryLater.plausible());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   ", "/", "..", ".", "dir/" })
    void aFileNeedsAName(String name) {
        ProblemException problem = assertThrows(ProblemException.class, () -> EvidenceIntake.cleanFileName(name));
        assertEquals("fileName", problem.violations().get(0).field());
    }

    @Test
    void fileNamesLoseTheirPathAndControlCharacters() {
        assertEquals("passwd", EvidenceIntake.cleanFileName("../../etc/passwd"));
        assertEquals("chat.txt", EvidenceIntake.cleanFileName("chat\u0000\n.txt"));
        // a right-to-left override would show "photo\u202Egnp.exe" as "photoexe.png"
        assertEquals("photognp.exe", EvidenceIntake.cleanFileName("photo\u202Egnp.exe"));
        assertEquals("صورة.jpg", EvidenceIntake.cleanFileName("\u200Fصورة\u2066.jpg"));
        assertEquals("x".repeat(255), EvidenceIntake.cleanFileName("x".repeat(255)));
        assertThrows(ProblemException.class, () -> EvidenceIntake.cleanFileName("x".repeat(256)));
        assertThrows(ProblemException.class, () -> EvidenceIntake.cleanFileName(null));
    }

    @Test
    void signaturesOfTheCommonEvidenceTypes() {
        assertTrue(EvidenceSignatures.plausible("image/png", PNG));
        assertTrue(EvidenceSignatures.plausible("image/jpeg", JPEG));
        assertTrue(EvidenceSignatures.plausible("application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(EvidenceSignatures.plausible("image/webp", "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(EvidenceSignatures.plausible("video/mp4", "\0\0\0\u0018ftypmp42".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(EvidenceSignatures.plausible("video/mp4", "\0\0\0\u0018moov".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(EvidenceSignatures.plausible("image/png", new byte[] { (byte) 0x89 }));
        assertFalse(EvidenceSignatures.plausible("application/pdf", "MZ\u0090\0".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void textAndAudioAreCheckedToo() {
        byte[] executable = "MZ\u0090\0\u0003\0\0\0\u0004\0".getBytes(StandardCharsets.ISO_8859_1);
        assertFalse(EvidenceSignatures.plausible("text/plain", executable));
        assertFalse(EvidenceSignatures.plausible("audio/mpeg", executable));
        assertFalse(EvidenceSignatures.plausible("audio/ogg", executable));
        assertFalse(EvidenceSignatures.plausible("text/plain", new byte[] { (byte) 0xC3, (byte) 0x28 }));
        assertTrue(EvidenceSignatures.plausible("text/plain",
                "رسالة التهديد:\r\n\tادفع وإلا نشرت الصور".getBytes(StandardCharsets.UTF_8)));
        assertTrue(EvidenceSignatures.plausible("audio/mpeg", "ID3\u0004\0".getBytes(StandardCharsets.ISO_8859_1)));
        assertTrue(EvidenceSignatures.plausible("audio/mpeg", new byte[] { (byte) 0xFF, (byte) 0xFB, (byte) 0x90 }));
        assertTrue(EvidenceSignatures.plausible("audio/ogg", "OggS\0\u0002".getBytes(StandardCharsets.ISO_8859_1)));
    }
}
