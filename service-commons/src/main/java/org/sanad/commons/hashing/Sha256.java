package org.sanad.commons.hashing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.sanad.commons.problem.ProblemException;
import org.sanad.commons.problem.ProblemType;

/** SHA-256 of evidence bytes, in lower-case hex, the form the suite records and compares. */
public final class Sha256 {

    private static final int BUFFER = 64 * 1024;

    private Sha256() {
    }

    public record Received(byte[] bytes, String sha256) {
    }

    public static String of(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /**
     * Reads a request body once, hashing as it streams in, and stops as soon as it passes
     * {@code limit} bytes (413). An empty body is a 400 on the field {@code body}.
     */
    public static Received read(InputStream body, long limit) {
        MessageDigest digest = digest();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = body) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                if (out.size() + (long) read > limit) {
                    throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "body.too-large", limit);
                }
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.size() == 0) {
            throw ProblemException.invalidField("body", "body.empty");
        }
        return new Received(out.toByteArray(), HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
