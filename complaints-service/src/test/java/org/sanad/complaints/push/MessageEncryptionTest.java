package org.sanad.complaints.push;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** RFC 8291's example (section 5 and appendix A), byte for byte, and what a message is made of besides. */
class MessageEncryptionTest {

    private static final String PLAINTEXT = "When I grow up, I want to be a watermelon";
    private static final String AS_PUBLIC = "BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8";
    private static final String AS_PRIVATE = "yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw";
    private static final String UA_PUBLIC = "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
    private static final String UA_PRIVATE = "q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94";
    private static final String SALT = "DGv6ra1nlYgDCS1FRnbzlw";
    private static final String AUTH_SECRET = "BTBZMqHH6r4Tts7J_aSIgg";
    private static final String MESSAGE = "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInm"
            + "YWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN";

    private static byte[] bytes(String base64url) {
        return Base64.getUrlDecoder().decode(base64url);
    }

    private static KeyPair serverKeys() {
        return new KeyPair(P256.publicKey(bytes(AS_PUBLIC)), P256.privateKey(bytes(AS_PRIVATE)));
    }

    @Test
    void theExampleOfRfc8291IsReproducedByteForByte() {
        byte[] message = MessageEncryption.encrypt(PLAINTEXT.getBytes(StandardCharsets.US_ASCII),
                P256.publicKey(bytes(UA_PUBLIC)), bytes(AUTH_SECRET), serverKeys(), bytes(SALT));

        assertEquals(MESSAGE, Base64.getUrlEncoder().withoutPadding().encodeToString(message));
    }

    @Test
    void theHeaderIsTheSaltTheRecordSizeAndTheServersEphemeralKey() {
        byte[] message = MessageEncryption.encrypt(PLAINTEXT.getBytes(StandardCharsets.US_ASCII),
                P256.publicKey(bytes(UA_PUBLIC)), bytes(AUTH_SECRET), serverKeys(), bytes(SALT));

        assertArrayEquals(bytes(SALT), Arrays.copyOfRange(message, 0, 16));
        assertArrayEquals(new byte[] { 0, 0, 0x10, 0 }, Arrays.copyOfRange(message, 16, 20), "rs 4096");
        assertEquals(65, message[20]);
        assertArrayEquals(bytes(AS_PUBLIC), Arrays.copyOfRange(message, 21, 86));
        assertEquals(86 + PLAINTEXT.length() + 1 + 16, message.length, "the plaintext, its delimiter and the tag");
    }

    @Test
    void theBrowsersKeyFromItsPrivateHalfIsTheExamplesPublicOne() {
        var browser = TestPushService.UserAgent.of(bytes(UA_PUBLIC), bytes(UA_PRIVATE), bytes(AUTH_SECRET));
        byte[] message = MessageEncryption.encrypt(PLAINTEXT.getBytes(StandardCharsets.US_ASCII),
                P256.publicKey(bytes(UA_PUBLIC)), bytes(AUTH_SECRET));

        assertEquals(PLAINTEXT, new String(browser.decrypt(message), StandardCharsets.US_ASCII));
    }

    @Test
    void eachMessageHasItsOwnSaltAndEphemeralKey() {
        byte[] plaintext = PLAINTEXT.getBytes(StandardCharsets.US_ASCII);
        byte[] first = MessageEncryption.encrypt(plaintext, P256.publicKey(bytes(UA_PUBLIC)), bytes(AUTH_SECRET));
        byte[] second = MessageEncryption.encrypt(plaintext, P256.publicKey(bytes(UA_PUBLIC)), bytes(AUTH_SECRET));

        assertNotEquals(Arrays.toString(Arrays.copyOfRange(first, 0, 16)), Arrays.toString(Arrays.copyOfRange(second, 0, 16)));
        assertNotEquals(Arrays.toString(Arrays.copyOfRange(first, 21, 86)), Arrays.toString(Arrays.copyOfRange(second, 21, 86)));
    }

    @Test
    void aMessageFillsOneRecordOfFourKilobytesAtMost() {
        var browserKey = P256.publicKey(bytes(UA_PUBLIC));
        byte[] largest = MessageEncryption.encrypt(new byte[MessageEncryption.MAX_PLAINTEXT], browserKey, bytes(AUTH_SECRET));

        assertEquals(3993, MessageEncryption.MAX_PLAINTEXT);
        assertEquals(4096, largest.length);
        assertThrows(IllegalArgumentException.class, () -> MessageEncryption.encrypt(
                new byte[MessageEncryption.MAX_PLAINTEXT + 1], browserKey, bytes(AUTH_SECRET)));
    }
}
