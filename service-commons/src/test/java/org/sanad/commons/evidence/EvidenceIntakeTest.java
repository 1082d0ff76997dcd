package org.sanad.commons.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanad.commons.problem.ProblemException;
import org.sanad.commons.problem.ProblemType;

class EvidenceIntakeTest {

    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 };
    private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0 };
    private static final EvidenceIntake INTAKE = new EvidenceIntake(Set.of("image/png", "image/jpeg", "text/plain"),
            16);

    private static ProblemType refusal(String fileName, String contentType, byte[] bytes) {
        return assertThrows(ProblemException.class,
                () -> INTAKE.receive(fileName, contentType, new ByteArrayInputStream(bytes))).type();
    }

    @Test
    void aGoodFileIsTakenWithItsHash() {
        EvidenceIntake.ReceivedFile file = INTAKE.receive("C:\\Users\\x\\shot.png", "IMAGE/PNG; charset=x",
                new ByteArrayInputStream(PNG));
        assertEquals("shot.png", file.fileName());
        assertEquals("image/png", file.contentType());
        assertArrayEquals(PNG, file.bytes());
        assertEquals(64, file.sha256().length());
        assertEquals(PNG.length, file.size());
    }

    @Test
    void typesOutsideTheAllowListOrBytesOfAnotherTypeAreUnsupported() {
        assertEquals(ProblemType.UNSUPPORTED_MEDIA_TYPE, refusal("a.exe", "application/x-msdownload", PNG));
        assertEquals(ProblemType.UNSUPPORTED_MEDIA_TYPE, refusal("a.png", null, PNG));
        assertEquals(ProblemType.UNSUPPORTED_MEDIA_TYPE, refusal("a.png", "image/png", JPEG));
        assertEquals(ProblemType.UNSUPPORTED_MEDIA_TYPE, refusal("a.jpg", "image/jpeg", PNG));
    }

    @Test
    void anEmptyOrOversizedBodyIsRefused() {
        assertEquals(ProblemType.VALIDATION, refusal("a.txt", "text/plain", new byte[0]));
        assertEquals(ProblemType.PAYLOAD_TOO_LARGE, refusal("a.txt", "text/plain", "x".repeat(17).getBytes(StandardCharsets.US_ASCII)));
        INTAKE.receive("a.txt", "text/plain", new ByteArrayInputStream("x".repeat(16).getBytes(StandardCharsets.US_ASCII)));
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
