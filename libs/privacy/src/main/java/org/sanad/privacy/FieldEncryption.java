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

import org.sanad.privacy.DataKeys;

/**
 * Field-level encryption of personal data (a victim's name and phone, a narrative, a filer's
 * supplement, officers' notes): AES-256-GCM under a key derived from the active master key, so
 * the same keys and the same rotation serve evidence and fields. A stored value reads
 * {@code enc1:<master key id>:<base64 of nonce, ciphertext and tag>}; migrations add a check that
 * every value of an encrypted column has that form, so clear text cannot be written even by
 * mistake.
 */
@ApplicationScoped
public class FieldEncryption {

    public static final String PREFIX = "enc1:";
    private static final String PURPOSE = "sanad/field-encryption/v1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] ASSOCIATED_DATA = PURPOSE.getBytes(StandardCharsets.UTF_8);

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

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        String keyId = keys.activeId();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, fieldKey(keyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(ASSOCIATED_DATA);
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
            return PREFIX + keyId + ":" + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        int keyEnd = stored.indexOf(':', PREFIX.length());
        if (!stored.startsWith(PREFIX) || keyEnd < 0) {
            throw new IllegalStateException("an encrypted column holds a value that is not enc1");
        }
        String keyId = stored.substring(PREFIX.length(), keyEnd);
        byte[] sealed = Base64.getDecoder().decode(stored.substring(keyEnd + 1));
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, fieldKey(keyId), new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(ASSOCIATED_DATA);
            return new String(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("an encrypted value does not decrypt under master key " + keyId, e);
        }
    }

    private SecretKey fieldKey(String keyId) {
        return fieldKeys.computeIfAbsent(keyId, id -> keys.derive(id, PURPOSE));
    }
}
