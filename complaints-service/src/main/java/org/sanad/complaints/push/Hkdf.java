package org.sanad.complaints.push;

import java.security.GeneralSecurityException;
import java.util.Arrays;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HKDF with SHA-256 (RFC 5869), which the JDK 17 does not offer. Web Push takes at most one
 * block (32 bytes) of output each time, so expand computes only T(1).
 */
final class Hkdf {

    private static final String HMAC_SHA256 = "HmacSHA256";
    static final int HASH_BYTES = 32;

    private Hkdf() {
    }

    /** PRK = HMAC-SHA-256(salt, ikm). */
    static byte[] extract(byte[] salt, byte[] ikm) {
        return hmac(salt, ikm);
    }

    /** The first {@code length} (at most 32) bytes of T(1) = HMAC-SHA-256(prk, info || 0x01). */
    static byte[] expand(byte[] prk, byte[] info, int length) {
        if (length > HASH_BYTES) {
            throw new IllegalArgumentException("one block of HKDF output at most");
        }
        byte[] input = Arrays.copyOf(info, info.length + 1);
        input[info.length] = 0x01;
        return Arrays.copyOf(hmac(prk, input), length);
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA256);
            mac.init(new SecretKeySpec(key, HMAC_SHA256));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 failed", e);
        }
    }
}
