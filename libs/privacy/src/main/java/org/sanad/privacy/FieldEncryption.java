package org.sanad.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Field-level encryption of personal data and of what officers, filers and courts write (a
 * victim's name and phone, a narrative, notes, questions, reasons): AES-256-GCM under a key derived
 * from the active master key, so the same keys and the same rotation serve evidence and fields.
 * <p>
 * A value is sealed to where it is kept ({@link FieldAddress}: table, column, row), which is its
 * associated data: a value copied to another row or column does not open there. It reads
 * {@code enc2:<master key id>:<base64 of nonce, ciphertext and tag>}; migrations add a check that
 * every value of an encrypted column has that form, so clear text cannot be written even by
 * mistake.
 * <p>
 * Two older forms still open, until the rotation ({@link FieldKeyRotation}) rewrites them sealed:
 * {@code enc1:} values, encrypted with one associated data for every column and row (so they could
 * be moved), and clear text in a column encrypted since it was written.
 */
@ApplicationScoped
public class FieldEncryption {

    /** The sealed form: the value is bound to its table, column and row. */
    public static final String PREFIX = "enc2:";
    /** The first form, bound to nothing: read, never written. */
    public static final String UNBOUND_PREFIX = "enc1:";
    private static final String PURPOSE = "sanad/field-encryption/v1";
    private static final String SEALED_PURPOSE = "sanad/field-encryption/v2";
    private static final byte[] UNBOUND_ASSOCIATED_DATA = PURPOSE.getBytes(StandardCharsets.UTF_8);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    /**
     * One cipher per thread, initialised afresh for every value: looking a cipher up and expanding
     * the same key again for each one made decryption 5% of a complaint read's samples, 1.7% since.
     */
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    });
    private final Map<String, SecretKey> fieldKeys = new ConcurrentHashMap<>();

    private final DataKeys keys;

    @Inject
    public FieldEncryption(DataKeys keys) {
        this.keys = keys;
    }

    /** {@code plain} encrypted under the active key, sealed to {@code address}. */
    public String seal(String plain, FieldAddress address) {
        if (plain == null) {
            return null;
        }
        String keyId = keys.activeId();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, fieldKey(keyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(address.associatedData(SEALED_PURPOSE));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            return PREFIX + keyId + ":" + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /**
     * The clear value of what is stored at {@code address}: a sealed value only where it was sealed,
     * an {@code enc1:} value anywhere, clear text as it is.
     *
     * @throws UnreadableValueException a value altered, moved from elsewhere or under another key
     */
    public String open(String stored, FieldAddress address) {
        if (stored == null) {
            return null;
        }
        if (stored.startsWith(PREFIX)) {
            return decrypt(stored, PREFIX, address.associatedData(SEALED_PURPOSE), address);
        }
        if (stored.startsWith(UNBOUND_PREFIX)) {
            return decrypt(stored, UNBOUND_PREFIX, UNBOUND_ASSOCIATED_DATA, address);
        }
        return stored;
    }

    /** Whether {@code stored} is sealed under the active key, so a rotation has nothing to do. */
    public boolean isCurrent(String stored) {
        return stored == null || stored.startsWith(PREFIX + keys.activeId() + ":");
    }

    private String decrypt(String stored, String prefix, byte[] associatedData, FieldAddress address) {
        int keyEnd = stored.indexOf(':', prefix.length());
        if (keyEnd < 0) {
            throw new UnreadableValueException(address, "has no key id");
        }
        String keyId = stored.substring(prefix.length(), keyEnd);
        if (!keys.knownIds().contains(keyId)) {
            throw new DataKeys.MissingKeyException(keyId);
        }
        byte[] sealed;
        try {
            sealed = Base64.getDecoder().decode(stored.substring(keyEnd + 1));
        } catch (IllegalArgumentException e) {
            throw new UnreadableValueException(address, "is not base64");
        }
        if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new UnreadableValueException(address, "is too short");
        }
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, fieldKey(keyId), new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData);
            return new String(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new UnreadableValueException(address, "does not open under master key " + keyId);
        }
    }

    private SecretKey fieldKey(String keyId) {
        return fieldKeys.computeIfAbsent(keyId, id -> keys.derive(id, PURPOSE));
    }

    /**
     * A stored value that does not open where it is: altered, or copied from another row or
     * column. Its message names where it is, never what it holds.
     */
    public static class UnreadableValueException extends RuntimeException {

        private final transient FieldAddress address;

        public UnreadableValueException(FieldAddress address, String why) {
            super("the encrypted value of " + address + " " + why, null, false, false);
            this.address = address;
        }

        public FieldAddress address() {
            return address;
        }
    }
}
