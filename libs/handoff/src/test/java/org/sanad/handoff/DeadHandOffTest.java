package org.sanad.handoff;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.handoff.Fixtures.ADMIN;
import static org.sanad.handoff.Fixtures.TOKENS;
import static org.sanad.handoff.Fixtures.dueNow;
import static org.sanad.handoff.Fixtures.enqueued;
import static org.sanad.handoff.Fixtures.reloaded;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * A hand-off its receiver refuses is tried again a bounded number of times ({@code
 * outbox.refusal-attempts}, 3 here), then parked as dead with its answer, visible to the operator
 * and re-queued after the fix, alone or by a filter; one the receiver can never take is dead at
 * once; it is never retried for ever, and answers that may change (busy, rate-limited) are retried
 * when the receiver says.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FixtureReceiverStub.class)
class DeadHandOffTest {

    private static final String PATH = FixtureMessage.ROUTE.path();
    private static final String REFUSAL = "{\"type\":\"urn:sanad:problem:validation\",\"status\":400}";

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    MeterRegistry metrics;

    private WireMockServer receiver;

    @BeforeEach
    void anEmptyOutboxAndAReceiverThatAnswers() {
        receiver = Fixtures.emptyOutboxAndFreshReceiver();
    }

    private void receiverRefuses(int status, String body) {
        receiver.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/problem+json").withBody(body)));
    }

    @Test
    void aRefusedHandOffIsParkedVisibleAndSentAgainOnlyWhenAnOperatorSaysSo() {
        receiverRefuses(400, REFUSAL);
        OutboxEvent event = enqueued(outbox, "dead-subject");

        OutboxEvent dead = refusedUntilDead(event.id);
        assertEquals(400, dead.lastStatus);
        assertEquals("HTTP 400: " + REFUSAL, dead.lastError);
        assertEquals(3, dead.attempts);

        dueNow(event.id);
        relay.relayDue();
        // a dead event is not tried again, however due it looks
        receiver.verify(exactly(3), postRequestedFor(urlEqualTo(PATH))
                .withRequestBody(matchingJsonPath("$.deliveryId", WireMock.equalTo(event.id.toString()))));
        assertEquals(1, metrics.get("sanad.outbox.dead").gauge().value());

        given().auth().oauth2(ADMIN).when().get("/outbox/dead-events").then().statusCode(200)
                .body("items.id", equalTo(List.of(dead.id.toString())))
                .body("items[0].lastStatus", equalTo(400))
                .body("items[0].lastError", equalTo("HTTP 400: " + REFUSAL))
                .body("items[0].type", equalTo(FixtureMessage.ROUTE.type()))
                .body("items[0].destination", equalTo(FixtureMessage.RECEIVER))
                .body("items[0].aggregateId", equalTo("dead-subject"))
                .body("next", nullValue());

        receiver.resetAll();
        receiver.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(204)));
        given().auth().oauth2(ADMIN).when().post("/outbox/dead-events/" + dead.id + "/requeue").then().statusCode(204);
        relay.relayDue();
        OutboxEvent delivered = reloaded(event.id);
        assertEquals(OutboxEvent.Status.DELIVERED, delivered.status);
        assertNull(delivered.lastError);
        assertEquals(0, metrics.get("sanad.outbox.dead").gauge().value());

        given().auth().oauth2(ADMIN).when().post("/outbox/dead-events/" + dead.id + "/requeue").then()
                .statusCode(404).body("type", equalTo("urn:sanad:problem:not-found"));
        given().auth().oauth2(TOKENS.withRoles("auditor-1", "auditor")).queryParam("recordId", dead.id.toString())
                .when().get("/audit-entries").then().statusCode(200)
                .body("items.action", equalTo(List.of("outbox.requeue")))
                .body("items[0].recordType", equalTo("outbox-event"))
                .body("items[0].actorSubject", equalTo("admin-1"))
                .body("items[0].actorRoles", equalTo(List.of("admin")));
    }

    @Test
    void aRefusalIsTriedAgainWithBackoffAndOnlyTheThirdParksItDead() {
        // a receiver down for long: its attempts do not count as refusals
        receiver.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(503)));
        OutboxEvent event = enqueued(outbox, "deploy-order");
        for (int i = 0; i < 3; i++) {
            relay.relayDue();
            dueNow(event.id);
        }
        // back, at a version without the path yet
        receiverRefuses(404, "{\"type\":\"urn:sanad:problem:not-found\",\"status\":404}");
        for (int refusal = 1; refusal <= 2; refusal++) {
            Instant before = Instant.now();
            relay.relayDue();
            OutboxEvent refused = reloaded(event.id);
            assertEquals(OutboxEvent.Status.PENDING, refused.status, "refusal " + refusal + " is not the last");
            assertEquals(refusal, refused.refusals);
            assertEquals(404, refused.lastStatus);
            assertTrue(refused.nextAttemptAt.isAfter(before.plus(OutboxRelay.FIRST_RETRY)), "with the backoff");
            dueNow(event.id);
        }
        relay.relayDue();
        OutboxEvent dead = reloaded(event.id);
        assertEquals(OutboxEvent.Status.DEAD, dead.status);
        assertEquals(3, dead.refusals);
        assertEquals(6, dead.attempts);
        assertEquals(1, metrics.get("sanad.outbox.dead").gauge().value());
    }

    @Test
    void aRefusalThatTheNextDeployFixesIsDelivered() {
        receiverRefuses(404, "{\"status\":404}");
        OutboxEvent event = enqueued(outbox, "fixed-by-deploy");
        relay.relayDue();
        assertEquals(OutboxEvent.Status.PENDING, reloaded(event.id).status);

        receiver.resetAll();
        receiver.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(204)));
        dueNow(event.id);
        relay.relayDue();
        assertEquals(OutboxEvent.Status.DELIVERED, reloaded(event.id).status);
    }

    @Test
    void aPayloadTheReceiverCanNeverTakeIsDeadAtOnce() {
        receiverRefuses(413, "{\"status\":413}");
        OutboxEvent event = enqueued(outbox, "too-large");
        relay.relayDue();
        OutboxEvent dead = reloaded(event.id);
        assertEquals(OutboxEvent.Status.DEAD, dead.status);
        assertEquals(1, dead.attempts);
    }

    @Test
    void deadEventsAreListedAndRequeuedByAFilterEachAudited() {
        receiverRefuses(413, REFUSAL);
        List<UUID> tooLarge = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            tooLarge.add(enqueued(outbox, "filtered-" + i).id);
            relay.relayDue();
        }
        Instant between = Instant.now();
        receiverRefuses(415, REFUSAL);
        UUID notJson = enqueued(outbox, "filtered-415").id;
        relay.relayDue();

        given().auth().oauth2(ADMIN).queryParam("lastStatus", 413).when().get("/outbox/dead-events").then().statusCode(200)
                .body("items.id", equalTo(tooLarge.stream().map(UUID::toString).toList()));
        given().auth().oauth2(ADMIN).queryParam("deadFrom", between.toString()).when().get("/outbox/dead-events").then()
                .statusCode(200).body("items.id", equalTo(List.of(notJson.toString())));
        given().auth().oauth2(ADMIN).queryParam("type", "another-type").when().post("/outbox/dead-events/requeue").then()
                .statusCode(200).body("requeued", equalTo(0));

        given().auth().oauth2(ADMIN).queryParam("type", FixtureMessage.ROUTE.type())
                .queryParam("destination", FixtureMessage.RECEIVER).queryParam("lastStatus", 413)
                .queryParam("deadTo", between.toString()).queryParam("limit", 2)
                .when().post("/outbox/dead-events/requeue").then().statusCode(200).body("requeued", equalTo(2));
        assertEquals(List.of(OutboxEvent.Status.PENDING, OutboxEvent.Status.PENDING, OutboxEvent.Status.DEAD),
                tooLarge.stream().map(id -> reloaded(id).status).toList(), "the oldest two, as the limit says");
        assertEquals(0, reloaded(tooLarge.get(0)).attempts);
        given().auth().oauth2(ADMIN).queryParam("lastStatus", 413).when().post("/outbox/dead-events/requeue").then()
                .statusCode(200).body("requeued", equalTo(1));
        assertEquals(OutboxEvent.Status.DEAD, reloaded(notJson).status, "the filter left the 415 alone");

        for (UUID id : tooLarge) {
            given().auth().oauth2(TOKENS.withRoles("auditor-1", "auditor")).queryParam("recordId", id.toString())
                    .when().get("/audit-entries").then().statusCode(200)
                    .body("items.action", equalTo(List.of("outbox.requeue")))
                    .body("items[0].actorSubject", equalTo("admin-1"));
        }
        given().auth().oauth2(ADMIN).queryParam("deadFrom", "yesterday").when().post("/outbox/dead-events/requeue").then()
                .statusCode(400).body("errors[0].field", equalTo("deadFrom"));
        given().auth().oauth2(ADMIN).queryParam("lastStatus", 99).when().get("/outbox/dead-events").then()
                .statusCode(400);
    }

    @Test
    void onlyAnAdministratorSeesOrRequeuesDeadEvents() {
        for (String token : new String[] { TOKENS.officer("intake-officer", "IQ-NA"),
                TOKENS.officer("supervisor", "IQ-NA"), TOKENS.citizen("someone"),
                TOKENS.withRoles("auditor-1", "auditor"), TOKENS.service("relay") }) {
            given().auth().oauth2(token).when().get("/outbox/dead-events").then().statusCode(403)
                    .body("type", equalTo("urn:sanad:problem:forbidden"));
            given().auth().oauth2(token).when().post("/outbox/dead-events/" + UUID.randomUUID() + "/requeue")
                    .then().statusCode(403).body("type", equalTo("urn:sanad:problem:forbidden"));
            given().auth().oauth2(token).queryParam("lastStatus", 404).when().post("/outbox/dead-events/requeue")
                    .then().statusCode(403).body("type", equalTo("urn:sanad:problem:forbidden"));
        }
        given().when().post("/outbox/dead-events/requeue").then().statusCode(401)
                .body("type", equalTo("urn:sanad:problem:unauthenticated"));
        given().when().get("/outbox/dead-events").then().statusCode(401)
                .body("type", equalTo("urn:sanad:problem:unauthenticated"));
        given().when().post("/outbox/dead-events/" + UUID.randomUUID() + "/requeue").then().statusCode(401)
                .body("type", equalTo("urn:sanad:problem:unauthenticated"));
        given().auth().oauth2(ADMIN).queryParam("after", "garbage").when().get("/outbox/dead-events").then()
                .statusCode(400).body("errors[0].field", equalTo("after"));
    }

    @Test
    void onlyADeadEventIsRequeued() {
        OutboxEvent pending = enqueued(outbox, "pending-subject");
        given().auth().oauth2(ADMIN).when().post("/outbox/dead-events/" + pending.id + "/requeue").then()
                .statusCode(404).body("type", equalTo("urn:sanad:problem:not-found"));
        given().auth().oauth2(ADMIN).when().post("/outbox/dead-events/" + UUID.randomUUID() + "/requeue").then()
                .statusCode(404).body("type", equalTo("urn:sanad:problem:not-found"));
    }

    @Test
    void deadEventsArePagedOldestFirst() {
        receiverRefuses(413, REFUSAL);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(enqueued(outbox, "paged-" + i).id);
            relay.relayDue();
        }
        String next = given().auth().oauth2(ADMIN).queryParam("limit", 2).when().get("/outbox/dead-events").then()
                .statusCode(200).body("items.id", equalTo(List.of(ids.get(0).toString(), ids.get(1).toString())))
                .extract().path("next");
        given().auth().oauth2(ADMIN).queryParam("limit", 2).queryParam("after", next).when()
                .get("/outbox/dead-events").then().statusCode(200)
                .body("items.id", equalTo(List.of(ids.get(2).toString()))).body("next", nullValue());
    }

    @Test
    void aLongRefusalIsKeptCutToWhatTheOutboxHolds() {
        receiverRefuses(400, "x".repeat(5000));
        OutboxEvent dead = refusedUntilDead(enqueued(outbox, "long-refusal").id);
        assertEquals(DeliveryOutcome.MAX_ANSWER, dead.lastError.length());
        assertTrue(dead.lastError.startsWith("HTTP 400: xxx"), dead.lastError);
    }

    @Test
    void aBusyReceiverIsRetriedWhenItSays() {
        receiver.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "120")));
        OutboxEvent event = enqueued(outbox, "busy-subject");
        Instant before = Instant.now();
        relay.relayDue();
        OutboxEvent waiting = reloaded(event.id);
        assertEquals(OutboxEvent.Status.PENDING, waiting.status);
        assertEquals(429, waiting.lastStatus);
        Duration wait = Duration.between(before, waiting.nextAttemptAt);
        assertTrue(wait.compareTo(Duration.ofSeconds(115)) > 0 && wait.compareTo(Duration.ofSeconds(125)) < 0,
                "the next attempt follows Retry-After, not the 2 s backoff: " + wait);
    }

    /** Relays the event until its third refusal, each due at once; answers it dead. */
    private OutboxEvent refusedUntilDead(UUID eventId) {
        for (int refusal = 0; refusal < 3; refusal++) {
            dueNow(eventId);
            relay.relayDue();
        }
        OutboxEvent dead = reloaded(eventId);
        assertEquals(OutboxEvent.Status.DEAD, dead.status);
        return dead;
    }
}
