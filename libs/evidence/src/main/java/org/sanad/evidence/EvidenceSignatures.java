package org.sanad.evidence;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
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
        Check check = check(contentType);
        check.update(bytes, 0, bytes.length);
        return check.plausible();
    }

    /** A check fed the bytes as they stream in, for files too large to hold. */
    public static Check check(String contentType) {
        return new Check(contentType);
    }

    /**
     * Looks at the first bytes for a signature; text is decoded as it comes (a character split
     * between two updates is carried over), so a gigabyte is checked in constant memory.
     */
    public static final class Check {

        private static final int HEAD = 16;

        private final String contentType;
        private final boolean text;
        private final byte[] head = new byte[HEAD];
        private int headLength;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private byte[] carried = new byte[0];
        private boolean textSoFar = true;

        private Check(String contentType) {
            this.contentType = contentType;
            this.text = isTextType(contentType);
        }

        public void update(byte[] bytes, int offset, int length) {
            int copied = Math.min(HEAD - headLength, length);
            System.arraycopy(bytes, offset, head, headLength, copied);
            headLength += copied;
            if (text && textSoFar) {
                ByteBuffer in = ByteBuffer.allocate(carried.length + length).put(carried).put(bytes, offset, length).flip();
                CharBuffer out = CharBuffer.allocate(in.remaining() + 1);
                textSoFar = !decoder.decode(in, out, false).isError() && noControlCharacters(out.flip());
                carried = new byte[in.remaining()];
                in.get(carried);
            }
        }

        /** Text is judged on every byte; a signature on the first ones. */
        public boolean needsWholeFile() {
            return text;
        }

        public boolean plausible() {
            if (text) {
                // a multi-byte character cut off at the end is not text either
                return textSoFar && carried.length == 0;
            }
            return signatureMatches(contentType, Arrays.copyOf(head, headLength));
        }
    }

    private static boolean isTextType(String contentType) {
        return switch (contentType) {
            case "text/plain", "text/csv", "application/json" -> true;
            default -> false;
        };
    }

    private static boolean noControlCharacters(CharSequence text) {
        return text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\f'
                && c != '\r');
    }

    private static boolean signatureMatches(String contentType, byte[] bytes) {
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
            // application/octet-stream says nothing about the bytes, so nothing is checked
            default -> true;
        };
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
