package org.sanad.referrals.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;

import org.junit.jupiter.api.Test;

/** Signatures are the Standard Webhooks specification's, so a court's off-the-shelf library verifies them. */
class WebhookSignaturesTest {

    @Test
    void theSpecificationsPublishedTestVectorIsReproduced() {
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", WebhookSignatures.sign(
                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330,
                "{\"test\": 2432232314}"));
    }

    @Test
    void aNewSecretIsThirtyTwoRandomBytesBehindThePrefix() {
        String secret = WebhookSignatures.newSecret();
        assertTrue(secret.startsWith("whsec_"));
        assertEquals(32, Base64.getDecoder().decode(secret.substring(6)).length);
        assertNotEquals(secret, WebhookSignatures.newSecret());
    }

    @Test
    void everyPartIsSigned() {
        String secret = WebhookSignatures.newSecret();
        String signature = WebhookSignatures.sign(secret, "id", 1, "{}");
        assertNotEquals(signature, WebhookSignatures.sign(secret, "id2", 1, "{}"));
        assertNotEquals(signature, WebhookSignatures.sign(secret, "id", 2, "{}"));
        assertNotEquals(signature, WebhookSignatures.sign(secret, "id", 1, "{ }"));
        assertNotEquals(signature, WebhookSignatures.sign(WebhookSignatures.newSecret(), "id", 1, "{}"));
        assertThrows(IllegalArgumentException.class, () -> WebhookSignatures.sign("plain", "id", 1, "{}"));
    }
}
