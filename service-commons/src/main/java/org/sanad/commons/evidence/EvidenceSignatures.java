package org.sanad.commons.evidence;

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
            default -> true;
        };
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
