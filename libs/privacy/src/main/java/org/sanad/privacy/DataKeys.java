package org.sanad.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Envelope encryption of evidence: every object gets a fresh AES-256 data key, which is stored
 * only wrapped (AES-256-GCM) by a master key, beside that key's id. Re-wrapping a data key under a
 * new master key re-encrypts 60 bytes, not the object.
 */
@ApplicationScoped
public class DataKeys {

    static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final String activeId;
    private final Map<String, SecretKey> masterKeys = new HashMap<>();

    @Inject
    public DataKeys(DataKeyConfig config) {
        this.activeId = config.activeId();
        masterKeys.put(activeId, masterKey(activeId, config.active()));
        for (String retired : config.retired().orElse(List.of())) {
            int colon = retired.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException("sanad.evidence-keys.retired entries are id:base64");
            }
            String id = retired.substring(0, colon);
            masterKeys.putIfAbsent(id, masterKey(id, retired.substring(colon + 1)));
        }
    }

    /** A data key for a new object, and its wrapped form under the active master key. */
    public record DataKey(SecretKey key, String masterKeyId, byte[] wrapped) {
    }

    public String activeId() {
        return activeId;
    }

    public Set<String> knownIds() {
        return Set.copyOf(masterKeys.keySet());
    }

    public DataKey newDataKey(UUID objectId) {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        SecretKey dataKey = new SecretKeySpec(key, "AES");
        return new DataKey(dataKey, activeId, wrap(dataKey, activeId, objectId));
    }

    public SecretKey unwrap(String masterKeyId, byte[] wrapped, UUID objectId) {
        SecretKey master = masterKeys.get(masterKeyId);
        if (master == null) {
            throw new MissingKeyException(masterKeyId);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, master, new GCMParameterSpec(TAG_BITS, wrapped, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData(masterKeyId, objectId));
            return new SecretKeySpec(cipher.doFinal(wrapped, NONCE_BYTES, wrapped.length - NONCE_BYTES), "AES");
        } catch (GeneralSecurityException e) {
            throw new UnwrapException("the data key of object " + objectId + " does not unwrap under "
                    + masterKeyId);
        }
    }

    /**
     * A key for {@code purpose} derived from the master key {@code masterKeyId} (HKDF-Expand with
     * SHA-256, one block): field encryption uses the master keys without ever using them directly.
     */
    public SecretKey derive(String masterKeyId, String purpose) {
        SecretKey master = masterKeys.get(masterKeyId);
        if (master == null) {
            throw new MissingKeyException(masterKeyId);
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master.getEncoded(), "HmacSHA256"));
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 1);
            return new SecretKeySpec(mac.doFinal(), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    /** The object's data key wrapped anew under the active master key. */
    public byte[] rewrap(String masterKeyId, byte[] wrapped, UUID objectId) {
        return wrap(unwrap(masterKeyId, wrapped, objectId), activeId, objectId);
    }

    private byte[] wrap(SecretKey dataKey, String masterKeyId, UUID objectId) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, masterKeys.get(masterKeyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData(masterKeyId, objectId));
            byte[] sealed = cipher.doFinal(dataKey.getEncoded());
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** A wrapped key belongs to its object and its master key: it cannot be moved to another. */
    private static byte[] associatedData(String masterKeyId, UUID objectId) {
        return (masterKeyId + "/" + objectId).getBytes(StandardCharsets.UTF_8);
    }

    private static SecretKey masterKey(String id, String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("evidence master key " + id + " is not base64");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException("evidence master key " + id + " must be 32 bytes, is " + key.length);
        }
        return new SecretKeySpec(key, "AES");
    }

    /** A data key no longer unwraps under its master key: what it was wrapped with was changed. */
    public static class UnwrapException extends RuntimeException {

        public UnwrapException(String message) {
            super(message, null, false, false);
        }
    }

    /** An object's data key is wrapped by a master key this service was not given. */
    public static class MissingKeyException extends RuntimeException {

        public MissingKeyException(String keyId) {
            super("evidence master key " + keyId + " is not configured (sanad.evidence-keys)", null, false, false);
        }
    }
}
