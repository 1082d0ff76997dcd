package org.sanad.complaints.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The secret an anonymous filer keeps with the tracking number. It carries 130 random bits, so a
 * plain SHA-256 is enough to store it: there is nothing to brute-force as with a password.
 */
@ApplicationScoped
public class FilerSecrets {

    private static final int LENGTH = 26;

    private final SecureRandom random = new SecureRandom();

    public String newSecret() {
        return TrackingNumberFormat.draw(LENGTH, random);
    }

    public String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Constant-time comparison of a presented secret with the stored hash. */
    public boolean matches(String presented, String storedHash) {
        if (presented == null || storedHash == null) {
            return false;
        }
        byte[] expected = storedHash.getBytes(StandardCharsets.US_ASCII);
        byte[] actual = hash(presented.strip().toUpperCase(Locale.ROOT)).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, actual);
    }
}
