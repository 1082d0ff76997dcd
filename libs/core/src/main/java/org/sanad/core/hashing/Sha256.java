package org.sanad.core.hashing;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/** SHA-256 of evidence bytes, in lower-case hex, the form the suite records and compares. */
public final class Sha256 {

    private Sha256() {
    }

    public static String of(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** The hash of a stream read to its end, a block at a time: the bytes are never held whole. */
    public static String of(InputStream in) throws IOException {
        MessageDigest digest = digest();
        byte[] block = new byte[HeldBackCopy.BLOCK];
        for (int read = in.read(block); read >= 0; read = in.read(block)) {
            digest.update(block, 0, read);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The same hash in base64, the form of S3's {@code x-amz-checksum-sha256}. */
    public static String base64Of(byte[] bytes) {
        return Base64.getEncoder().encodeToString(digest().digest(bytes));
    }

    /** A fresh digest, for hashing a stream as it passes. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
