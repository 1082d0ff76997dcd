package org.sanad.handoff;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.handoff.Fixtures.ADMIN;
import static org.sanad.handoff.Fixtures.TOKENS;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanad.audit.AuditEntry;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * The receiving side: a message is applied once however often it is delivered, only its one
 * sender may deliver it, and a message whose application fails leaves nothing behind, so its
 * redelivery applies it.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FixtureReceiverStub.class)
class InboxTest {

    private static final String SENDER = TOKENS.service(FixtureMessage.SENDER);

    @Inject
    FixtureHandler handler;

    @AfterEach
    void theHandlerTakesNoTime() {
        handler.takes(Duration.ZERO);
    }

    private static ValidatableResponse deliver(String token, UUID deliveryId, String subject) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("deliveryId", deliveryId.toString(), "subject", subject))
                .when().post(FixtureMessage.ROUTE.path()).then();
    }

    /** How often a message on this subject took effect. */
    private static long effects(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("action = ?1 and recordId = ?2",
                FixtureHandler.Action.APPLIED.code(), subject));
    }

    private static boolean remembered(UUID deliveryId) {
        return QuarkusTransaction.requiringNew().call(() -> ProcessedMessage.findByIdOptional(deliveryId).isPresent());
    }

    @Test
    void aMessageIsAppliedOnceHoweverOftenItIsDelivered() {
        UUID id = UUID.randomUUID();
        deliver(SENDER, id, "once").statusCode(200).body("applied", equalTo(true));
        assertEquals(1, effects("once"));
        assertTrue(remembered(id));

        deliver(SENDER, id, "once").statusCode(200).body("applied", equalTo(false));
        deliver(SENDER, id, "once").statusCode(200).body("applied", equalTo(false));
        assertEquals(1, effects("once"), "a redelivery changes nothing");

        deliver(SENDER, id, "once-altered").statusCode(200).body("applied", equalTo(false));
        assertEquals(0, effects("once-altered"), "the delivery id decides, not the content");

        deliver(SENDER, UUID.randomUUID(), "once").statusCode(200).body("applied", equalTo(true));
        assertEquals(2, effects("once"), "another message on the same subject is another message");
    }

    @Test
    void onlyTheMessagesOneSenderMayDeliverIt() {
        UUID id = UUID.randomUUID();
        // another service and a token of the role without the sender's azp (the inbox refuses them), then
        // callers without the role (the endpoint refuses them)
        for (String token : new String[] { TOKENS.service("another-service"),
                TOKENS.withRoles(FixtureMessage.SENDER, "service-client"), ADMIN,
                TOKENS.officer("intake-officer", "IQ-BG"), TOKENS.citizen(FixtureMessage.SENDER) }) {
            deliver(token, id, "forged").statusCode(403).body("type", equalTo("urn:sanad:problem:forbidden"));
        }
        given().contentType(ContentType.JSON).body(Map.of("deliveryId", id.toString(), "subject", "forged"))
                .when().post(FixtureMessage.ROUTE.path()).then().statusCode(401)
                .body("type", equalTo("urn:sanad:problem:unauthenticated"));
        assertEquals(0, effects("forged"));
        assertFalse(remembered(id), "a refused delivery does not use the message's id up");

        // the inbox's refusals are audited on the message, newest first
        given().auth().oauth2(TOKENS.withRoles("auditor-1", "auditor")).queryParam("recordId", id.toString())
                .when().get("/audit-entries").then().statusCode(200)
                .body("items.action", equalTo(List.of("handoff.receive", "handoff.receive")))
                .body("items.recordType", equalTo(List.of("handoff", "handoff")))
                .body("items.outcome", equalTo(List.of("DENIED", "DENIED")))
                .body("items.actorSubject", equalTo(List.of(FixtureMessage.SENDER, "service-account-another-service")));

        deliver(SENDER, id, "forged").statusCode(200).body("applied", equalTo(true));
        assertEquals(1, effects("forged"));
    }

    @Test
    void aMessageWhoseApplicationFailsLeavesNothingBehindAndItsRedeliveryAppliesIt() {
        UUID id = UUID.randomUUID();
        handler.failOnceOn(id);
        deliver(SENDER, id, "fails-once").statusCode(500);
        assertEquals(0, effects("fails-once"), "the handler's effect rolled back with the failure");
        assertFalse(remembered(id), "and so did the record of the message");

        deliver(SENDER, id, "fails-once").statusCode(200).body("applied", equalTo(true));
        assertEquals(1, effects("fails-once"));
    }

    @Test
    void deliveriesOfOneMessageAtOnceApplyItOnce() throws Exception {
        handler.takes(Duration.ofMillis(300));
        UUID id = UUID.randomUUID();
        ExecutorService senders = Executors.newFixedThreadPool(4);
        List<Boolean> applied = new ArrayList<>();
        try {
            List<Future<Boolean>> deliveries = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                deliveries.add(senders.submit(() -> deliver(SENDER, id, "at-once").statusCode(200)
                        .extract().<Boolean> path("applied")));
            }
            for (Future<Boolean> delivery : deliveries) {
                applied.add(delivery.get());
            }
        } finally {
            senders.shutdownNow();
        }
        assertEquals(1, applied.stream().filter(Boolean::booleanValue).count(), applied.toString());
        assertEquals(1, effects("at-once"));
    }
}
