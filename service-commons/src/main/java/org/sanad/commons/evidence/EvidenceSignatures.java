package org.sanad.commons.evidence;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A light check that a file starts the way its declared type does, so a renamed executable is
 * not filed as a photo. Types without a fixed signature pass.
 */
public final class EvidenceSignatures {

    private EvidenceSignatures() {
    }

    public static boolean plausible(String contentType, byte[] bytes) {
        return switch (contentType) {
            case "image/jpeg" -> startsWith(bytes, 0, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });
            case "image/png" -> startsWith(bytes, 0, new byte[] { (byte) 0x89, 'P', 'N', 'G' });
            case "application/pdf" -> startsWith(bytes, 0, "%PDF".getBytes(StandardCharsets.US_ASCII));
            case "image/webp" -> startsWith(bytes, 0, "RIFF".getBytes(StandardCharsets.US_ASCII))
                    && startsWith(bytes, 8, "WEBP".getBytes(StandardCharsets.US_ASCII));
            case "video/mp4", "video/quicktime", "audio/mp4", "image/heic" ->
                startsWith(bytes, 4, "ftyp".getBytes(StandardCharsets.US_ASCII));
            case "audio/mpeg" -> startsWith(bytes, 0, "ID3".getBytes(StandardCharsets.US_ASCII))
                    || (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xE0) == 0xE0);
            case "audio/ogg" -> startsWith(bytes, 0, "OggS".getBytes(StandardCharsets.US_ASCII));
            case "application/zip" -> startsWith(bytes, 0, new byte[] { 'P', 'K', 3, 4 })
                    || startsWith(bytes, 0, new byte[] { 'P', 'K', 5, 6 });
            case "text/plain", "text/csv", "application/json" -> isText(bytes);
            // application/octet-stream says nothing about the bytes, so nothing is checked
            default -> true;
        };
    }

    /**
     * Text is valid UTF-8 without control characters other than tab, line feed, form feed and
     * carriage return: an executable ({@code MZ…}, full of NULs) declared as text/plain is not.
     */
    static boolean isText(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        return text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\f'
                && c != '\r');
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
