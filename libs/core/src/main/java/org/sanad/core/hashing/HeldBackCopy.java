package org.sanad.core.hashing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Evidence bytes passed on while they are hashed, the last block held back until the whole
 * stream has been: the receiver gets the end only when the hash is the one expected, so a
 * changed file is broken off short of its end and never arrives complete. No more than two
 * blocks are held at a time, whatever the file's size.
 */
public final class HeldBackCopy {

    /** The unit read, and the most that is held back. */
    public static final int BLOCK = 64 * 1024;

    private HeldBackCopy() {
    }

    /** Decides, once the whole stream is hashed, whether its last block may be written. */
    @FunctionalInterface
    public interface Verdict {

        /** @return whether {@code observedSha256} is the hash expected (anything to record is recorded here) */
        boolean release(String observedSha256) throws IOException;
    }

    /**
     * Copies {@code in} to {@code out}, the last block only when {@code verdict} accepts the
     * hash of the whole.
     *
     * @return the hash of the bytes copied
     * @throws IOException when reading or writing fails, or when the verdict refuses the hash:
     *             the copy then ends short of its last block
     */
    public static String copy(InputStream in, OutputStream out, Verdict verdict) throws IOException {
        MessageDigest digest = Sha256.digest();
        byte[] held = in.readNBytes(BLOCK);
        byte[] next = in.readNBytes(BLOCK);
        while (next.length > 0) {
            digest.update(held);
            out.write(held);
            held = next;
            next = in.readNBytes(BLOCK);
        }
        digest.update(held);
        String observed = HexFormat.of().formatHex(digest.digest());
        if (!verdict.release(observed)) {
            throw new IOException("the bytes hash to " + observed + ", not to the hash expected: broken off");
        }
        out.write(held);
        return observed;
    }
}
