package org.sanad.complaints.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The VAPID settings are read at start: whatever is missing or wrong stops the service there, by its setting's name. */
class VapidKeysTest {

    private static final String PUBLIC_KEY = "BMxWfp8_ZNWjDVgLUAAxtjfEWits9zeGNtGVab0VDMBHvLkLawOJLLGBYEEkcjaIOzT78bzhkwkM1iy4PvG74yc";
    private static final String PRIVATE_KEY = "2i4O4jxXbz8Xh5LUGhe1Q2r0gB_-wIXa-ZOHjO5M7wA";
    /** RFC 8291's example server key: a valid pair, but not the public key above's. */
    private static final String OTHER_PRIVATE_KEY = "yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw";
    private static final String SUBJECT = "mailto:web-push@sanad.example";

    record Vapid(Optional<String> publicKey, Optional<String> privateKey, Optional<String> subject)
            implements PushConfig.Vapid {

        static Vapid of(String publicKey, String privateKey, String subject) {
            return new Vapid(Optional.ofNullable(publicKey), Optional.ofNullable(privateKey), Optional.ofNullable(subject));
        }
    }

    private static String refusal(Vapid vapid) {
        return assertThrows(IllegalStateException.class, () -> VapidKeys.of(vapid)).getMessage();
    }

    @Test
    void aCompleteConfigurationGivesTheKeyThePortalSubscribesWith() {
        assertEquals(PUBLIC_KEY, VapidKeys.of(Vapid.of(PUBLIC_KEY, PRIVATE_KEY, SUBJECT)).applicationServerKey());
    }

    @Test
    void eachMissingSettingIsNamed() {
        assertTrue(refusal(Vapid.of(null, PRIVATE_KEY, SUBJECT)).startsWith("push.vapid.public-key is not set"));
        assertTrue(refusal(Vapid.of(PUBLIC_KEY, " ", SUBJECT)).startsWith("push.vapid.private-key is not set"));
        assertTrue(refusal(Vapid.of(PUBLIC_KEY, PRIVATE_KEY, null)).startsWith("push.vapid.subject is not set"));
    }

    @Test
    void keysThatAreNotAPairOfP256AreRefused() {
        assertTrue(refusal(Vapid.of(PUBLIC_KEY, OTHER_PRIVATE_KEY, SUBJECT))
                .equals("push.vapid.public-key is not the public half of push.vapid.private-key"));
        assertTrue(refusal(Vapid.of(PUBLIC_KEY.substring(0, 40), PRIVATE_KEY, SUBJECT)).startsWith("push.vapid.public-key is not"));
        assertTrue(refusal(Vapid.of(PUBLIC_KEY, "AAAA", SUBJECT)).startsWith("push.vapid.private-key is not"));
        assertTrue(refusal(Vapid.of("a+b/", PRIVATE_KEY, SUBJECT)).startsWith("push.vapid.public-key is not base64url"));
    }

    @Test
    void theSubjectIsAContact() {
        assertEquals("push.vapid.subject must be a mailto: or https: contact",
                refusal(Vapid.of(PUBLIC_KEY, PRIVATE_KEY, "ops@sanad.example")));
        VapidKeys.of(Vapid.of(PUBLIC_KEY, PRIVATE_KEY, "https://sanad.example/contact"));
    }

    @Test
    void theAudienceIsTheEndpointsOrigin() {
        assertEquals("https://fcm.googleapis.com", VapidKeys.origin(URI.create("https://fcm.googleapis.com/fcm/send/abc")));
        assertEquals("https://fcm.googleapis.com", VapidKeys.origin(URI.create("https://FCM.googleapis.com:443/x")));
        assertEquals("http://127.0.0.1:8089", VapidKeys.origin(URI.create("http://127.0.0.1:8089/push/1")));
    }
}
