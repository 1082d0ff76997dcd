package org.sanad.complaints.push;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.complaints.Fixtures.TOKENS;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import org.jboss.logmanager.ExtFormatter;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanad.complaints.CasesStub;
import org.sanad.core.problem.Problem.FieldViolation;
import org.sanad.core.problem.ProblemException;
import org.sanad.handoff.DeliveryOutcome;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Web Push end to end against {@link TestPushService}, a push service and browser that check the
 * VAPID token and decrypt the message: what arrives, how each answer of a push service is taken,
 * which subscriptions are refused before anything is posted, and the public key the portal reads.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class WebPushTest {

    private static final String DEV_KEY = "BMxWfp8_ZNWjDVgLUAAxtjfEWits9zeGNtGVab0VDMBHvLkLawOJLLGBYEEkcjaIOzT78bzhkwkM1iy4PvG74yc";
    private static final byte[] MESSAGE = "{\"title\":\"Sanad\",\"url\":\"/t\"}".getBytes(StandardCharsets.UTF_8);

    static TestPushService pushService;

    @Inject
    WebPushSender webPush;

    @BeforeAll
    static void startPushService() throws IOException {
        pushService = new TestPushService();
    }

    @AfterAll
    static void stopPushService() {
        pushService.close();
    }

    @Test
    void aMessageReachesTheBrowserDecryptedUnderAValidVapidToken() {
        PushSubscription browser = pushService.subscribe();

        DeliveryOutcome outcome = webPush.send(browser, MESSAGE, Duration.ofHours(6), Urgency.HIGH);

        assertInstanceOf(DeliveryOutcome.Delivered.class, outcome);
        TestPushService.Received received = pushService.receivedBy(browser).get(0);
        assertNull(received.refusal());
        assertEquals(new String(MESSAGE, StandardCharsets.UTF_8), new String(received.plaintext(), StandardCharsets.UTF_8));
        assertEquals("aes128gcm", received.headers().get("content-encoding"));
        assertEquals("21600", received.headers().get("ttl"));
        assertEquals("high", received.headers().get("urgency"));
        assertEquals(DEV_KEY, received.vapidKey());
        assertEquals(pushService.origin(), received.claims().get("aud"));
        assertEquals("mailto:dev-only-web-push@sanad.example", received.claims().get("sub"));
        long expiresIn = ((Number) received.claims().get("exp")).longValue() - Instant.now().getEpochSecond();
        assertTrue(expiresIn > 11 * 3600 && expiresIn <= 12 * 3600, "the token lives 12 hours: " + expiresIn);
    }

    @Test
    void eachMessageHasItsOwnSaltAndEphemeralKeyAndUrgencyAsAsked() {
        PushSubscription browser = pushService.subscribe();

        webPush.send(browser, MESSAGE, Duration.ZERO, Urgency.VERY_LOW);
        webPush.send(browser, MESSAGE, Duration.ofDays(2), Urgency.NORMAL);

        List<TestPushService.Received> received = pushService.receivedBy(browser);
        assertEquals(2, received.size());
        assertFalse(Arrays.equals(Arrays.copyOfRange(received.get(0).body(), 0, 86),
                Arrays.copyOfRange(received.get(1).body(), 0, 86)), "salt and key id differ");
        assertEquals(List.of("very-low", "normal"), received.stream().map(r -> r.headers().get("urgency")).toList());
        assertEquals(List.of("0", "172800"), received.stream().map(r -> r.headers().get("ttl")).toList());
        received.forEach(message -> assertNull(message.refusal()));
    }

    @Test
    void aSubscriptionThePushServiceSaysIsGoneIsDead() {
        for (int gone : new int[] { 404, 410 }) {
            PushSubscription browser = pushService.subscribe();
            pushService.answerNext(browser, new TestPushService.Answer(gone, Map.of(), "push subscription has unsubscribed or expired."));

            DeliveryOutcome outcome = webPush.send(browser, MESSAGE, Duration.ofHours(1), Urgency.NORMAL);

            DeliveryOutcome.Dead dead = assertInstanceOf(DeliveryOutcome.Dead.class, outcome);
            assertEquals(gone, dead.status());
            assertTrue(dead.answer().startsWith("HTTP " + gone + ": push subscription"), dead.answer());
        }
    }

    @Test
    void aBusyPushServiceIsTriedAgainWhenItSays() {
        PushSubscription browser = pushService.subscribe();
        pushService.answerNext(browser, new TestPushService.Answer(429, Map.of("Retry-After", "120"), ""));
        pushService.answerNext(browser, new TestPushService.Answer(503, Map.of(), "overloaded"));

        DeliveryOutcome.Retry throttled = assertInstanceOf(DeliveryOutcome.Retry.class,
                webPush.send(browser, MESSAGE, Duration.ofHours(1), Urgency.NORMAL));
        DeliveryOutcome.Retry unavailable = assertInstanceOf(DeliveryOutcome.Retry.class,
                webPush.send(browser, MESSAGE, Duration.ofHours(1), Urgency.NORMAL));

        assertEquals(429, throttled.status());
        assertEquals(Duration.ofSeconds(120), throttled.retryAfter());
        assertEquals(503, unavailable.status());
        assertNull(unavailable.retryAfter(), "the relay's backoff");
        assertInstanceOf(DeliveryOutcome.Delivered.class, webPush.send(browser, MESSAGE, Duration.ofHours(1), Urgency.NORMAL));
    }

    @Test
    void otherRefusalsAreTakenAsAnyReceiversAre() {
        PushSubscription browser = pushService.subscribe();
        pushService.answerNext(browser, new TestPushService.Answer(400, Map.of(), "bad TTL"));
        pushService.answerNext(browser, new TestPushService.Answer(403, Map.of(), "bad VAPID"));
        pushService.answerNext(browser, new TestPushService.Answer(413, Map.of(), "too large"));

        assertInstanceOf(DeliveryOutcome.Refused.class, webPush.send(browser, MESSAGE, Duration.ofHours(1), Urgency.LOW));
        assertInstanceOf(DeliveryOutcome.Refused.class, webPush.send(browser, MESSAGE, Duration.ofHours(1), Urgency.LOW));
        assertInstanceOf(DeliveryOutcome.Dead.class, webPush.send(browser, MESSAGE, Duration.ofHours(1), Urgency.LOW));
    }

    @Test
    void aPushServiceThatCannotBeReachedIsTriedAgainAndItsHostAloneIsNamed() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        PushSubscription browser = pushService.subscribe();
        PushSubscription nowhere = new PushSubscription("http://127.0.0.1:" + closed + "/push/capability-7f3a",
                browser.p256dh(), browser.auth());

        DeliveryOutcome.Retry retry = assertInstanceOf(DeliveryOutcome.Retry.class,
                webPush.send(nowhere, MESSAGE, Duration.ofHours(1), Urgency.NORMAL));

        assertNull(retry.status());
        assertTrue(retry.reason().endsWith("from the push service at 127.0.0.1"), retry.reason());
        assertFalse(retry.reason().contains("capability-7f3a"));
    }

    @Test
    void aMessageLargerThanOneRecordIsDeadWithoutBeingPosted() {
        PushSubscription browser = pushService.subscribe();

        DeliveryOutcome.Dead dead = assertInstanceOf(DeliveryOutcome.Dead.class,
                webPush.send(browser, new byte[3994], Duration.ofHours(1), Urgency.NORMAL));

        assertEquals(413, dead.status());
        assertTrue(pushService.receivedBy(browser).isEmpty());
    }

    @Test
    void subscriptionsOnTheMajorPushServicesAndTheTestsOwnAreAccepted() {
        PushSubscription browser = pushService.subscribe();
        for (String endpoint : List.of("https://fcm.googleapis.com/fcm/send/dXr:APA91bE",
                "https://updates.push.services.mozilla.com/wpush/v2/gAAAAA",
                "https://wns2-par02p.notify.windows.com/w/?token=BQYAAAD", "https://web.push.apple.com/QO2PUyNLSy73dR6f",
                "https://FCM.googleapis.com:443/fcm/send/x", browser.endpoint())) {
            webPush.check(new PushSubscription(endpoint, browser.p256dh(), browser.auth()));
        }
    }

    @Test
    void anEndpointOutsideTheAllowedPushServicesIsRefusedBeforeAnythingIsPosted() {
        PushSubscription browser = pushService.subscribe();
        Map<String, String> refused = Map.ofEntries(
                Map.entry("http://fcm.googleapis.com/fcm/send/x", "push.endpoint.not-https"),
                Map.entry("http://10.0.0.12:8081/complaints", "push.endpoint.not-https"),
                Map.entry("http://localhost:" + pushService.origin().split(":")[2] + "/push/x", "push.endpoint.not-https"),
                Map.entry("https://complaints-service.sanad.svc/complaints", "push.endpoint.not-allowed"),
                Map.entry("https://169.254.169.254/latest/meta-data", "push.endpoint.not-allowed"),
                Map.entry("https://fcm.googleapis.com.attacker.example/x", "push.endpoint.not-allowed"),
                Map.entry("https://notify.windows.com/w", "push.endpoint.not-allowed"),
                Map.entry("https://fcm.googleapis.com:8443/fcm/send/x", "push.endpoint.not-allowed"),
                Map.entry("https://attacker.example@fcm.googleapis.com/x", "push.endpoint.invalid"),
                Map.entry("file:///etc/passwd", "push.endpoint.invalid"),
                Map.entry("/relative/path", "push.endpoint.invalid"),
                Map.entry("https://fcm.googleapis.com/" + "x".repeat(PushSubscription.MAX_ENDPOINT), "push.endpoint.too-long"),
                Map.entry(" ", "push.endpoint.required"));
        refused.forEach((endpoint, key) -> {
            PushSubscription subscription = new PushSubscription(endpoint, browser.p256dh(), browser.auth());
            assertEquals(List.of(new FieldViolation("pushSubscription.endpoint", key)), violations(subscription), endpoint);
            DeliveryOutcome.Dead dead = assertInstanceOf(DeliveryOutcome.Dead.class,
                    webPush.send(subscription, MESSAGE, Duration.ofHours(1), Urgency.NORMAL), endpoint);
            assertEquals(422, dead.status());
            assertFalse(dead.answer().contains("/"), "no path in " + dead.answer());
        });
    }

    @Test
    void keysThatAreNotABrowsersAreRefused() {
        PushSubscription browser = pushService.subscribe();
        byte[] point = Base64.getUrlDecoder().decode(browser.p256dh());
        byte[] offTheCurve = point.clone();
        offTheCurve[64] ^= 1;
        byte[] compressed = Arrays.copyOf(point, 33);
        compressed[0] = 0x02;
        Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
        for (String p256dh : List.of(base64url.encodeToString(offTheCurve), base64url.encodeToString(compressed),
                "not base64url!", base64url.encodeToString(new byte[65]))) {
            assertEquals(List.of(new FieldViolation("notifications.pushSubscription.p256dh", "push.p256dh.invalid")),
                    violations(new PushSubscription(browser.endpoint(), p256dh, browser.auth()),
                            "notifications.pushSubscription"), p256dh);
        }
        for (String auth : List.of(base64url.encodeToString(new byte[15]), base64url.encodeToString(new byte[17]), "%%")) {
            assertEquals(List.of(new FieldViolation("pushSubscription.auth", "push.auth.invalid")),
                    violations(new PushSubscription(browser.endpoint(), browser.p256dh(), auth)), auth);
        }
        assertEquals(List.of(new FieldViolation("pushSubscription.endpoint", "push.endpoint.required"),
                new FieldViolation("pushSubscription.p256dh", "push.p256dh.invalid"),
                new FieldViolation("pushSubscription.auth", "push.auth.invalid")), violations(new PushSubscription(null, null, null)));
        assertEquals(List.of(new FieldViolation("pushSubscription", "push.subscription.required")), violations(null));
    }

    @Test
    void theEndpointIsNeverLoggedOnlyItsHost() {
        Capture capture = new Capture();
        Logger root = Logger.getLogger("");
        Level level = root.getLevel();
        root.addHandler(capture);
        root.setLevel(Level.FINEST);
        PushSubscription browser = pushService.subscribe();
        try {
            webPush.send(browser, MESSAGE, Duration.ofHours(1), Urgency.NORMAL);
            pushService.answerNext(browser, new TestPushService.Answer(410, Map.of(), "gone"));
            webPush.send(browser, MESSAGE, Duration.ofHours(1), Urgency.NORMAL);
        } finally {
            root.removeHandler(capture);
            root.setLevel(level);
        }
        String capability = browser.endpoint().substring(browser.endpoint().lastIndexOf('/') + 1);
        assertTrue(capture.lines.stream().anyMatch(line -> line.contains("Web Push to 127.0.0.1")), capture.lines.toString());
        capture.lines.forEach(line -> assertFalse(line.contains(capability), line));
        assertEquals("PushSubscription[host=127.0.0.1]", browser.toString());
    }

    @Test
    void anyoneReadsTheKeyToSubscribeWithCacheableForAnHour() {
        given().when().get("/notifications/web-push-key").then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=3600"))
                .body("applicationServerKey", equalTo(DEV_KEY));
        for (String token : List.of(TOKENS.citizen("citizen-push"), TOKENS.expiredCitizen("stale-push"), "not-a-token")) {
            given().auth().oauth2(token).when().get("/notifications/web-push-key").then().statusCode(200)
                    .body("applicationServerKey", equalTo(webPush.applicationServerKey()));
        }
    }

    private List<FieldViolation> violations(PushSubscription subscription) {
        return assertThrows(ProblemException.class, () -> webPush.check(subscription)).violations();
    }

    private List<FieldViolation> violations(PushSubscription subscription, String field) {
        return assertThrows(ProblemException.class, () -> webPush.check(subscription, field)).violations();
    }

    /** The service's log records, formatted as a log file would hold them. */
    private static final class Capture extends Handler {
        final List<String> lines = new CopyOnWriteArrayList<>();
        final ExtFormatter formatter = new PatternFormatter("%p %c %s%e%n");

        @Override
        public void publish(LogRecord record) {
            // the test push service's own server logs what it receives; only the service's lines count
            if (record.getLoggerName() == null || !record.getLoggerName().startsWith("com.sun.net.httpserver")) {
                lines.add(formatter.format(record));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
