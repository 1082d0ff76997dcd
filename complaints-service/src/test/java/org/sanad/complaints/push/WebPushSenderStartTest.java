package org.sanad.complaints.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sanad.core.problem.Problem.FieldViolation;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;
import org.sanad.handoff.DeliveryOutcome;

import io.quarkus.runtime.LaunchMode;

/** What the sender decides when it is built, outside a Quarkus test: as in production. */
class WebPushSenderStartTest {

    private static final PushSubscription BROWSER = new PushSubscription("https://fcm.googleapis.com/fcm/send/x",
            "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4", "BTBZMqHH6r4Tts7J_aSIgg");

    private record Config(boolean enabled, PushConfig.Vapid vapid, List<String> allowedHosts, Optional<String> proxy)
            implements PushConfig {

        Config(boolean enabled, PushConfig.Vapid vapid, List<String> allowedHosts) {
            this(enabled, vapid, allowedHosts, Optional.empty());
        }

        @Override
        public Duration connectTimeout() {
            return Duration.ofSeconds(1);
        }

        @Override
        public Duration timeout() {
            return Duration.ofSeconds(1);
        }
    }

    private static final PushConfig.Vapid NO_KEYS = new VapidKeysTest.Vapid(Optional.empty(), Optional.empty(), Optional.empty());

    @Test
    void aPlainHttpEntryStopsTheServiceInProduction() {
        assertEquals(LaunchMode.NORMAL, LaunchMode.current());
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new WebPushSender(new Config(false, NO_KEYS, List.of("fcm.googleapis.com", "http://127.0.0.1:*"))));
        assertTrue(refused.getMessage().startsWith("push.allowed-hosts lets plain HTTP through"), refused.getMessage());
    }

    @Test
    void enabledWithoutKeysTheServiceDoesNotStart() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new WebPushSender(new Config(true, NO_KEYS, List.of("fcm.googleapis.com"))));
        assertTrue(refused.getMessage().startsWith("push.vapid.public-key is not set"), refused.getMessage());
    }

    @Test
    void aProxyIsAHostAndAPort() {
        new WebPushSender(new Config(false, NO_KEYS, List.of("fcm.googleapis.com"), Optional.of("push-proxy.internal:3128")));
        for (String proxy : List.of("push-proxy.internal", ":3128", "push-proxy.internal:http", "push-proxy.internal:0")) {
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> new WebPushSender(new Config(false, NO_KEYS, List.of("fcm.googleapis.com"), Optional.of(proxy))));
            assertEquals("push.proxy is not host:port: " + proxy, refused.getMessage());
        }
    }

    @Test
    void disabledItNeedsNoKeysOffersNoKeyRefusesSubscriptionsAndHoldsMessagesBack() {
        WebPushSender disabled = new WebPushSender(new Config(false, NO_KEYS, List.of("fcm.googleapis.com")));

        assertFalse(disabled.enabled());
        ProblemException noKey = assertThrows(ProblemException.class, disabled::applicationServerKey);
        assertEquals(ProblemType.NOT_FOUND, noKey.type());
        assertEquals("push.disabled", noKey.messageKey());
        assertEquals(List.of(new FieldViolation("pushSubscription", "push.disabled")),
                assertThrows(ProblemException.class, () -> disabled.check(BROWSER)).violations());
        DeliveryOutcome.Retry held = assertInstanceOf(DeliveryOutcome.Retry.class,
                disabled.send(BROWSER, new byte[] { 1 }, Duration.ofHours(1), Urgency.NORMAL));
        assertEquals("Web Push is not enabled (push.enabled)", held.reason());
    }
}
