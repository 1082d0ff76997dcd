package org.sanad.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Values of the first form ({@code enc1:}), as field encryption wrote them before values were
 * sealed to their rows: one associated data for every column and row. Tests write them to show they
 * still read and are rewritten.
 */
final class UnboundValues {

    private static final String PURPOSE = "sanad/field-encryption/v1";

    private UnboundValues() {
    }

    static String encrypt(DataKeys keys, String plain) {
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.derive(keys.activeId(), PURPOSE), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(PURPOSE.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return "enc1:" + keys.activeId() + ":"
                    + Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
