package org.sanad.referrals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.referrals.Referrals.BAGHDAD_INV;
import static org.sanad.referrals.Referrals.GOVERNORATE;
import static org.sanad.referrals.Referrals.PMC;
import static org.sanad.referrals.Referrals.TOKENS;
import static org.sanad.referrals.Referrals.feedEnd;
import static org.sanad.referrals.Referrals.stubCase;
import static org.sanad.referrals.Referrals.submitted;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanad.audit.AuditEntry;
import org.sanad.handoff.OutboxEvent;
import org.sanad.handoff.OutboxRelay;
import org.sanad.testing.Problems;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * A court system may be told of its feed's new entries at an endpoint of its own: signed as the
 * Standard Webhooks specification says, each notification acknowledged once however long the
 * endpoint is down, never another court's, and an endpoint inside the suite's network refused.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SuiteStub.class)
class CourtWebhooksTest {

    private static final String ADMIN = TOKENS.withRoles("admin-1", "admin");

    @Inject
    OutboxRelay relay;

    private final List<WebhookReceiver> receivers = new ArrayList<>();

    @BeforeEach
    @AfterEach
    void noEndpointAndNoNotificationLeft() {
        receivers.forEach(WebhookReceiver::close);
        receivers.clear();
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxEvent.delete("destination", "court-webhooks");
            io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                    .createNativeQuery("delete from court_webhook").executeUpdate();
        });
    }

    private WebhookReceiver receiver() throws Exception {
        WebhookReceiver receiver = WebhookReceiver.start();
        receivers.add(receiver);
        return receiver;
    }

    private static ValidatableResponse register(String court, String url) {
        return given().auth().oauth2(TOKENS.court(court)).contentType(ContentType.JSON).body(Map.of("url", url))
                .when().put("/court/webhook").then();
    }

    /** Every notification that is due tried until none is (a backoff passed at once between runs). */
    private void relayUntilQuiet(int runs) {
        for (int i = 0; i < runs; i++) {
            QuarkusTransaction.requiringNew().run(() -> OutboxEvent.update(
                    "nextAttemptAt = ?1 where destination = ?2 and status = ?3", Instant.now().minusSeconds(1),
                    "court-webhooks", OutboxEvent.Status.PENDING));
            relay.relayDue();
        }
    }

    /** The specification's verification, written from standardwebhooks.com and not from the service's signer. */
    private static boolean verifies(String secret, WebhookReceiver.Received request) throws Exception {
        byte[] key = Base64.getDecoder().decode(secret.split("_", 2)[1]);
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(key, "HmacSHA256"));
        byte[] expected = hmac.doFinal((request.id() + "." + request.timestamp() + "." + request.body())
                .getBytes(StandardCharsets.UTF_8));
        for (String signature : request.signature().split(" ")) {
            String[] versioned = signature.split(",", 2);
            if (versioned[0].equals("v1")
                    && MessageDigest.isEqual(expected, Base64.getDecoder().decode(versioned[1]))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aCourtRegistersItsEndpointSeesTheSecretOnceAndRemovesIt() throws Exception {
        Instant started = Instant.now().minusSeconds(1);
        String url = receiver().url();
        String secret = register(PMC, url).statusCode(200).body("court", equalTo(PMC)).body("url", equalTo(url))
                .body("secret", matchesPattern("whsec_[A-Za-z0-9+/]{43}=")).extract().path("secret");

        given().auth().oauth2(TOKENS.court(PMC)).when().get("/court/webhook").then().statusCode(200)
                .body("url", equalTo(url)).body("secret", nullValue());
        // moved: the secret stays and is not shown again
        String moved = receiver().url();
        register(PMC, moved).statusCode(200).body("url", equalTo(moved)).body("secret", nullValue());
        // another court sees only its own (none)
        given().auth().oauth2(TOKENS.court(BAGHDAD_INV)).when().get("/court/webhook").then().spec(Problems.notFound());
        // rotated: a new secret, once
        String rotated = given().auth().oauth2(TOKENS.court(PMC)).when().post("/court/webhook/secret-rotation").then()
                .statusCode(200).extract().path("secret");
        assertNotEquals(secret, rotated);
        assertTrue(rotated.startsWith("whsec_"));

        given().auth().oauth2(TOKENS.court(PMC)).when().delete("/court/webhook").then().statusCode(204);
        given().auth().oauth2(TOKENS.court(PMC)).when().get("/court/webhook").then().spec(Problems.notFound());
        given().auth().oauth2(TOKENS.court(PMC)).when().delete("/court/webhook").then().spec(Problems.notFound());
        given().auth().oauth2(Referrals.PROSECUTOR).when().get("/court/webhook").then().spec(Problems.forbidden());

        // audited, each under the court
        List<String> actions = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry> list(
                "recordType = 'court-webhook' and recordId = ?1 and occurredAt >= ?2", PMC, started)).stream()
                .map(e -> e.action).toList();
        assertTrue(actions.containsAll(List.of("court.webhook.set", "court.webhook.read", "court.webhook.rotate-secret",
                "court.webhook.remove")), actions.toString());
    }

    @Test
    void anEndpointInsideTheNetworkIsRefused() {
        for (String url : List.of("http://169.254.169.254/latest/meta-data", "https://10.0.0.7/hook",
                "https://192.168.1.1/hook", "ftp://localhost/hook", "not a url", "https://user:pw@localhost/x")) {
            register(PMC, url).spec(Problems.of(400, "validation")).body("errors[0].field", equalTo("url"));
        }
        given().auth().oauth2(TOKENS.court(PMC)).when().get("/court/webhook").then().spec(Problems.notFound());
    }

    @Test
    void aNotificationIsSignedAsTheSpecificationSaysAndCarriesNoReferralContent() throws Exception {
        WebhookReceiver receiver = receiver();
        String secret = register(PMC, receiver.url()).statusCode(200).extract().path("secret");
        String before = feedEnd(PMC);

        String referral = submitted(stubCase(GOVERNORATE), PMC);
        assertTrue(receiver.received.isEmpty(), "nothing is posted in the request that made the entry");
        relayUntilQuiet(1);

        assertEquals(1, receiver.received.size());
        WebhookReceiver.Received request = receiver.received.get(0);
        assertTrue(verifies(secret, request), "the signature verifies");
        assertFalse(verifies(WebhookSignaturesOf.another(), request), "and only with the court's secret");
        assertTrue(request.contentType().startsWith("application/json"));
        assertTrue(Math.abs(Long.parseLong(request.timestamp()) - Instant.now().getEpochSecond()) < 60);

        JsonPath body = new JsonPath(request.body());
        JsonPath entry = given().auth().oauth2(TOKENS.court(PMC)).queryParam("after", before).when().get("/court/feed")
                .then().statusCode(200).extract().jsonPath();
        assertEquals("referral.changed", body.getString("type"));
        assertEquals(referral, body.getString("data.referralId"));
        assertEquals(1, body.getInt("data.version"));
        assertEquals("SUBMITTED", body.getString("data.change"));
        assertEquals(entry.getString("items[0].position"), body.getString("data.position"));
        assertEquals(Map.of("type", "referral.changed", "timestamp", body.getString("timestamp"), "data",
                Map.of("referralId", referral, "version", 1, "change", "SUBMITTED", "position", body.getString("data.position"))),
                body.getMap(""), "nothing but the notification: no snapshot, no victim");
    }

    @Test
    void afterARotationDeliveriesAreSignedWithTheNewSecretAndForADayAlsoWithTheOld() throws Exception {
        WebhookReceiver receiver = receiver();
        String old = register(PMC, receiver.url()).statusCode(200).extract().path("secret");
        String rotated = given().auth().oauth2(TOKENS.court(PMC)).when().post("/court/webhook/secret-rotation").then()
                .statusCode(200).extract().path("secret");

        submitted(stubCase(GOVERNORATE), PMC);
        relayUntilQuiet(1);
        WebhookReceiver.Received both = receiver.received.get(0);
        assertEquals(2, both.signature().split(" ").length);
        assertTrue(verifies(rotated, both), "the new secret verifies");
        assertTrue(verifies(old, both), "and the old one still does, while the court switches over");

        // once the overlap has passed, only the new one signs
        QuarkusTransaction.requiringNew().run(() -> io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                .createNativeQuery("update court_webhook set previous_until = now() - interval '1 second'").executeUpdate());
        submitted(stubCase(GOVERNORATE), PMC);
        relayUntilQuiet(1);
        WebhookReceiver.Received one = receiver.received.get(1);
        assertEquals(1, one.signature().split(" ").length);
        assertTrue(verifies(rotated, one));
        assertFalse(verifies(old, one));
    }

    @Test
    void throughAnOutageEachNotificationIsAcknowledgedExactlyOnce() throws Exception {
        WebhookReceiver receiver = receiver();
        register(PMC, receiver.url()).statusCode(200);
        // the endpoint answers 503 to each notification's first two attempts
        Map<String, Integer> attempts = new HashMap<>();
        receiver.answer(r -> attempts.merge(r.id(), 1, Integer::sum) <= 2 ? 503 : 200);

        List<String> made = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            made.add(submitted(stubCase(GOVERNORATE), PMC));
        }
        relayUntilQuiet(2);
        // then it is down altogether
        receiver.stop();
        made.add(submitted(stubCase(GOVERNORATE), PMC));
        relayUntilQuiet(3);
        long pending = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("destination = ?1 and status = ?2",
                "court-webhooks", OutboxEvent.Status.PENDING));
        assertEquals(4, pending, "nothing is lost while it is down");
        // and back
        receiver.restart();
        relayUntilQuiet(4);

        Map<String, Long> acknowledged = receiver.received.stream().filter(r -> r.answered() / 100 == 2)
                .collect(Collectors.groupingBy(WebhookReceiver.Received::id, Collectors.counting()));
        assertEquals(4, acknowledged.size(), "every notification acknowledged");
        assertTrue(acknowledged.values().stream().allMatch(n -> n == 1), "none acknowledged twice: " + acknowledged);
        assertEquals(made, receiver.received.stream().filter(r -> r.answered() / 100 == 2)
                .map(r -> new JsonPath(r.body()).getString("data.referralId")).toList(), "in feed order");
        // the same id on every attempt of a notification, so the court drops repeats
        assertEquals(4, receiver.received.stream().map(WebhookReceiver.Received::id).distinct().count());
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("destination = ?1 and status = ?2",
                "court-webhooks", OutboxEvent.Status.PENDING)));
    }

    @Test
    void aNotificationTheEndpointRefusesForGoodIsADeadEventOperatorsSee() throws Exception {
        WebhookReceiver receiver = receiver();
        register(PMC, receiver.url()).statusCode(200);
        receiver.answer(r -> 413);

        String referral = submitted(stubCase(GOVERNORATE), PMC);
        relayUntilQuiet(1);

        given().auth().oauth2(ADMIN).queryParam("destination", "court-webhooks").when().get("/outbox/dead-events").then()
                .statusCode(200).body("items.type", hasItem("referral.changed")).body("items.aggregateId", hasItem(PMC))
                .body("items.lastStatus", hasItem(413));
        String id = given().auth().oauth2(ADMIN).queryParam("destination", "court-webhooks").when()
                .get("/outbox/dead-events").then().extract().path("items[0].id");
        // fixed and re-queued like any dead hand-off
        receiver.answer(r -> 204);
        given().auth().oauth2(ADMIN).when().post("/outbox/dead-events/" + id + "/requeue").then().statusCode(204);
        relayUntilQuiet(1);
        assertEquals(204, receiver.received.get(receiver.received.size() - 1).answered());
        assertEquals(referral, new JsonPath(receiver.received.get(1).body()).getString("data.referralId"));
    }

    @Test
    void aCourtsEndpointIsNeverSentAnotherCourtsEntries() throws Exception {
        WebhookReceiver pmc = receiver();
        WebhookReceiver baghdad = receiver();
        register(PMC, pmc.url()).statusCode(200);
        register(BAGHDAD_INV, baghdad.url()).statusCode(200);

        String forPmc = submitted(stubCase(GOVERNORATE), PMC);
        String forBaghdad = submitted(stubCase(GOVERNORATE), BAGHDAD_INV);
        String alsoForPmc = submitted(stubCase(GOVERNORATE), PMC);
        relayUntilQuiet(1);

        assertEquals(List.of(forPmc, alsoForPmc), pmc.received.stream()
                .map(r -> new JsonPath(r.body()).getString("data.referralId")).toList());
        assertEquals(List.of(forBaghdad), baghdad.received.stream()
                .map(r -> new JsonPath(r.body()).getString("data.referralId")).toList());
        // and a court without an endpoint has none written for it
        given().auth().oauth2(TOKENS.court(BAGHDAD_INV)).when().delete("/court/webhook").then().statusCode(204);
        submitted(stubCase(GOVERNORATE), BAGHDAD_INV);
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("destination = ?1 and aggregateId = ?2 "
                + "and status = ?3", "court-webhooks", BAGHDAD_INV, OutboxEvent.Status.PENDING)));
    }

    /** Another secret in the specification's format, for a signature that must not verify. */
    private static final class WebhookSignaturesOf {

        static String another() {
            byte[] key = new byte[32];
            new java.security.SecureRandom().nextBytes(key);
            return "whsec_" + Base64.getEncoder().encodeToString(key);
        }
    }
}
