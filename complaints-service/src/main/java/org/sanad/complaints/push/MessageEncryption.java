package org.sanad.complaints.push;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Message Encryption for Web Push (RFC 8291): the payload, encrypted for one browser so that the
 * push service carries it without reading it, in the {@code aes128gcm} content coding (RFC 8188)
 * as a single record. Each message has its own ephemeral key pair and salt.
 */
final class MessageEncryption {

    /** The record size written in the header; one record holds the whole message. */
    static final int RECORD_SIZE = 4096;
    static final int SALT_BYTES = 16;
    static final int AUTH_BYTES = 16;
    /** salt, rs (4), idlen (1), keyid: the server's ephemeral public key. */
    static final int HEADER_BYTES = SALT_BYTES + 4 + 1 + P256.POINT_BYTES;
    private static final int TAG_BYTES = 16;
    /** What fits one record: the record less the tag and the padding delimiter. */
    static final int MAX_PLAINTEXT = RECORD_SIZE - HEADER_BYTES - TAG_BYTES - 1;
    /** Ends the plaintext of the last (here the only) record. */
    private static final byte LAST_RECORD = 0x02;

    private static final byte[] KEY_INFO = "WebPush: info\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CEK_INFO = "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NONCE_INFO = "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII);

    private static final SecureRandom RANDOM = new SecureRandom();

    private MessageEncryption() {
    }

    /** {@code plaintext} encrypted for the browser of public key {@code uaPublic} and secret {@code authSecret}. */
    static byte[] encrypt(byte[] plaintext, ECPublicKey uaPublic, byte[] authSecret) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return encrypt(plaintext, uaPublic, authSecret, ephemeralKeyPair(), salt);
    }

    /** The same with the server's key pair and the salt given: RFC 8291's example fixes both. */
    static byte[] encrypt(byte[] plaintext, ECPublicKey uaPublic, byte[] authSecret, KeyPair asKeys, byte[] salt) {
        if (plaintext.length > MAX_PLAINTEXT) {
            throw new IllegalArgumentException("a Web Push message holds at most " + MAX_PLAINTEXT + " bytes");
        }
        byte[] asPublic = P256.encode((ECPublicKey) asKeys.getPublic());
        byte[] ecdhSecret = agree(asKeys, uaPublic);
        byte[] keyInfo = concat(KEY_INFO, P256.encode(uaPublic), asPublic);
        byte[] ikm = Hkdf.expand(Hkdf.extract(authSecret, ecdhSecret), keyInfo, Hkdf.HASH_BYTES);
        byte[] prk = Hkdf.extract(salt, ikm);
        byte[] cek = Hkdf.expand(prk, CEK_INFO, 16);
        byte[] nonce = Hkdf.expand(prk, NONCE_INFO, 12);

        byte[] record = new byte[plaintext.length + 1];
        System.arraycopy(plaintext, 0, record, 0, plaintext.length);
        record[plaintext.length] = LAST_RECORD;
        byte[] ciphertext = seal(cek, nonce, record);

        return ByteBuffer.allocate(HEADER_BYTES + ciphertext.length)
                .put(salt).putInt(RECORD_SIZE).put((byte) asPublic.length).put(asPublic)
                .put(ciphertext).array();
    }

    private static KeyPair ephemeralKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(P256.CURVE, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no P-256 key pair", e);
        }
    }

    private static byte[] agree(KeyPair asKeys, ECPublicKey uaPublic) {
        try {
            KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
            agreement.init(asKeys.getPrivate());
            agreement.doPhase(uaPublic, true);
            return agreement.generateSecret();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("no ECDH agreement with this key: " + e.getMessage(), e);
        }
    }

    /** AES-128-GCM; the record's sequence number is 0, so the nonce is used as derived. */
    private static byte[] seal(byte[] cek, byte[] nonce, byte[] record) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(TAG_BYTES * 8, nonce));
            return cipher.doFinal(record);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-128-GCM failed", e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteBuffer all = ByteBuffer.allocate(Arrays.stream(parts).mapToInt(part -> part.length).sum());
        for (byte[] part : parts) {
            all.put(part);
        }
        return all.array();
    }
}
