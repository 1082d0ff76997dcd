package org.sanad.handoff;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.handoff.Fixtures.dueNow;
import static org.sanad.handoff.Fixtures.enqueued;
import static org.sanad.handoff.Fixtures.reloaded;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanad.testing.ServiceStub;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * A hand-off is written with the change it announces and sent after that change commits, as the
 * service itself; a receiver that cannot take it now delays it and never loses it; relays running
 * at once send each hand-off once; what was delivered is forgotten after its retention.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FixtureReceiverStub.class)
class OutboxRelayTest {

    private static final String PATH = FixtureMessage.ROUTE.path();
    private static final String TOKEN_PATH = "/auth/realms/quarkus/token";

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxConfig config;

    @OidcWireMock
    WireMockServer oidc;

    private WireMockServer receiver;

    @BeforeEach
    void anEmptyOutboxAndAReceiverThatAnswers() {
        receiver = Fixtures.emptyOutboxAndFreshReceiver();
    }

    private void receiverAnswers(int status) {
        receiver.resetAll();
        receiver.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(status)));
    }

    private int tokensFetched() {
        return oidc.countRequestsMatching(postRequestedFor(urlEqualTo(TOKEN_PATH)).build()).getCount();
    }

    @Test
    void aHandOffWrittenInTheCallersTransactionIsSentOnceThatTransactionCommits() {
        receiverAnswers(204);
        UUID id = QuarkusTransaction.requiringNew().call(() -> {
            OutboxEvent event = outbox.enqueue(FixtureMessage.ROUTE, "committed",
                    deliveryId -> new FixtureMessage(deliveryId, "committed"));
            assertEquals(0, relay.relayDue(), "nothing is sent before the change it announces commits");
            return event.id;
        });
        receiver.verify(0, anyRequestedFor(anyUrl()));

        assertEquals(1, relay.relayDue());
        receiver.verify(exactly(1), postRequestedFor(urlEqualTo(PATH))
                .withHeader("Content-Type", matching("application/json.*"))
                .withHeader("Authorization", matching("Bearer .+"))
                .withRequestBody(equalToJson("{\"deliveryId\":\"" + id + "\",\"subject\":\"committed\"}")));
        OutboxEvent delivered = reloaded(id);
        assertEquals(OutboxEvent.Status.DELIVERED, delivered.status);
        assertNotNull(delivered.deliveredAt);
        assertEquals(FixtureMessage.ROUTE.type(), delivered.type);
        assertEquals("committed", delivered.aggregateId);

        assertEquals(0, relay.relayDue(), "a delivered hand-off is not sent again");
        receiver.verify(exactly(1), postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void aHandOffHeldBackUntilALaterTimeIsNotSentBeforeItAndIsSentOnceItComes() {
        receiverAnswers(204);
        Instant later = Instant.now().plus(Duration.ofHours(8)).truncatedTo(ChronoUnit.MILLIS);
        UUID id = QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(FixtureMessage.ROUTE, "held-back",
                deliveryId -> new FixtureMessage(deliveryId, "held-back"), later).id);
        assertEquals(later, reloaded(id).nextAttemptAt);

        assertEquals(0, relay.relayDue(), "not before its time");
        receiver.verify(0, anyRequestedFor(anyUrl()));

        dueNow(id);
        assertEquals(1, relay.relayDue());
        receiver.verify(exactly(1), postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void aHandOffHeldBackUntilATimeAlreadyPastIsDueAtOnce() {
        receiverAnswers(204);
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(FixtureMessage.ROUTE, "past",
                deliveryId -> new FixtureMessage(deliveryId, "past"), Instant.now().minus(Duration.ofHours(1))));
        QuarkusTransaction.requiringNew().run(() -> outbox.enqueue(FixtureMessage.ROUTE, "unheld",
                deliveryId -> new FixtureMessage(deliveryId, "unheld"), null));

        assertEquals(2, relay.relayDue());
    }

    @Test
    void aHandOffWhoseTransactionRollsBackIsNeverSent() {
        receiverAnswers(204);
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.enqueue(FixtureMessage.ROUTE, "rolled-back", deliveryId -> new FixtureMessage(deliveryId, "rolled-back"));
            throw new IllegalStateException("the change it announces fails");
        }));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("aggregateId", "rolled-back")));
        assertEquals(0, relay.relayDue());
        receiver.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aHandOffIsWrittenOnlyInsideTheTransactionOfTheChangeItAnnounces() {
        assertThrows(TransactionalException.class, () -> outbox.enqueue(FixtureMessage.ROUTE, "no-transaction",
                deliveryId -> new FixtureMessage(deliveryId, "no-transaction")));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("aggregateId", "no-transaction")));
    }

    @Test
    void aReceiverThatCannotTakeItNowIsTriedAgainAfterAGrowingBackoffUntilItDoes() {
        receiverAnswers(503);
        OutboxEvent event = enqueued(outbox, "busy");

        Instant before = Instant.now();
        assertEquals(0, relay.relayDue());
        Instant after = Instant.now();
        OutboxEvent waiting = reloaded(event.id);
        assertEquals(OutboxEvent.Status.PENDING, waiting.status);
        assertEquals(1, waiting.attempts);
        assertEquals(503, waiting.lastStatus);
        assertEquals("HTTP 503", waiting.lastError);
        assertBetween(before.plusSeconds(2), waiting.nextAttemptAt, after.plusSeconds(2));

        relay.relayDue();
        receiver.verify(exactly(1), postRequestedFor(urlEqualTo(PATH)));

        dueNow(event.id);
        before = Instant.now();
        relay.relayDue();
        after = Instant.now();
        waiting = reloaded(event.id);
        assertEquals(2, waiting.attempts);
        assertBetween(before.plusSeconds(4), waiting.nextAttemptAt, after.plusSeconds(4));

        receiverAnswers(204);
        dueNow(event.id);
        assertEquals(1, relay.relayDue());
        OutboxEvent delivered = reloaded(event.id);
        assertEquals(OutboxEvent.Status.DELIVERED, delivered.status);
        assertNull(delivered.lastStatus);
        assertNull(delivered.lastError);
        receiver.verify(exactly(1), postRequestedFor(urlEqualTo(PATH))
                .withRequestBody(matchingJsonPath("$.deliveryId", WireMock.equalTo(event.id.toString()))));
    }

    @Test
    void theBackoffDoublesUpToItsCap() {
        assertEquals(Duration.ofSeconds(2), relay.backoff(1));
        assertEquals(Duration.ofSeconds(4), relay.backoff(2));
        assertEquals(Duration.ofSeconds(512), relay.backoff(9));
        assertEquals(config.maxBackoff(), relay.backoff(10));
        assertEquals(config.maxBackoff(), relay.backoff(1000));
    }

    @Test
    void aReceiverThatIsDownDelaysTheHandOffAndLosesNothing() {
        ServiceStub.outage();
        OutboxEvent event;
        try {
            event = enqueued(outbox, "receiver-down");
            assertEquals(0, relay.relayDue());
        } finally {
            receiver = ServiceStub.recover();
        }
        OutboxEvent waiting = reloaded(event.id);
        assertEquals(OutboxEvent.Status.PENDING, waiting.status);
        assertEquals(1, waiting.attempts);
        assertNull(waiting.lastStatus, "no answer came");
        assertNotNull(waiting.lastError);

        receiverAnswers(204);
        dueNow(event.id);
        assertEquals(1, relay.relayDue());
        assertEquals(OutboxEvent.Status.DELIVERED, reloaded(event.id).status);
    }

    @Test
    void aHandOffToADestinationWithoutAnAddressWaitsForOne() {
        HandOff<FixtureMessage> nowhere = HandOff.of("nowhere", "fixture-noted", PATH, FixtureMessage.class);
        OutboxEvent event = QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(nowhere, "nowhere",
                deliveryId -> new FixtureMessage(deliveryId, "nowhere")));
        assertEquals(0, relay.relayDue());
        OutboxEvent waiting = reloaded(event.id);
        assertEquals(OutboxEvent.Status.PENDING, waiting.status);
        assertEquals("No URL configured for outbox.destinations.nowhere", waiting.lastError);
    }

    @Test
    void aRefusedServiceTokenIsDroppedAndTheNextAttemptFetchesANewOne() {
        receiverAnswers(204);
        enqueued(outbox, "token-warm-up");
        relay.relayDue();
        int fetched = tokensFetched();
        enqueued(outbox, "token-kept");
        relay.relayDue();
        assertEquals(fetched, tokensFetched(), "the service's token is kept while it is good");

        receiverAnswers(401);
        OutboxEvent refused = enqueued(outbox, "token-refused");
        relay.relayDue();
        assertEquals(OutboxEvent.Status.PENDING, reloaded(refused.id).status, "a 401 is tried again");
        assertEquals(fetched, tokensFetched());

        receiverAnswers(204);
        dueNow(refused.id);
        assertEquals(1, relay.relayDue());
        assertEquals(fetched + 1, tokensFetched(), "the refused token was dropped");
    }

    @Test
    void relaysRunningAtOnceSendEachHandOffOnce() throws Exception {
        receiver.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(204).withFixedDelay(50)));
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(enqueued(outbox, "concurrent-" + i).id);
        }
        ExecutorService replicas = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(replicas.submit(relay::relayDue));
            }
            int delivered = 0;
            for (Future<Integer> run : runs) {
                delivered += run.get();
            }
            assertEquals(ids.size(), delivered);
        } finally {
            replicas.shutdownNow();
        }
        for (UUID id : ids) {
            receiver.verify(exactly(1), postRequestedFor(urlEqualTo(PATH))
                    .withRequestBody(matchingJsonPath("$.deliveryId", WireMock.equalTo(id.toString()))));
        }
    }

    @Test
    void deliveredHandOffsAndAppliedIdsAreForgottenAfterTheirRetentionsDeadAndPendingOnesStay() {
        QuarkusTransaction.requiringNew().run(() -> ProcessedMessage.deleteAll());
        receiverAnswers(204);
        UUID delivered = enqueued(outbox, "purge-delivered").id;
        relay.relayDue();
        receiverAnswers(413);
        UUID dead = enqueued(outbox, "purge-dead").id;
        relay.relayDue();
        UUID pending = enqueued(outbox, "purge-pending").id;
        UUID applied = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            ProcessedMessage message = new ProcessedMessage();
            message.id = applied;
            message.processedAt = Instant.now();
            message.persist();
        });

        Instant now = Instant.now();
        assertEquals(0, relay.purge(now.plus(config.retention()).minusSeconds(60)));
        assertNotNull(reloaded(delivered));

        assertEquals(1, relay.purge(now.plus(config.retention()).plusSeconds(60)));
        assertNull(reloaded(delivered));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> ProcessedMessage.findByIdOptional(applied).isPresent()),
                "applied ids are kept longer than delivered events");

        assertEquals(1, relay.purge(now.plus(config.appliedRetention()).plusSeconds(60)));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> ProcessedMessage.findByIdOptional(applied).isPresent()));
        assertEquals(OutboxEvent.Status.DEAD, reloaded(dead).status, "a dead event waits for an operator");
        assertEquals(OutboxEvent.Status.PENDING, reloaded(pending).status);
    }

    private static void assertBetween(Instant earliest, Instant actual, Instant latest) {
        assertFalse(actual.isBefore(earliest.minusMillis(1)) || actual.isAfter(latest.plusMillis(1)),
                actual + " is not between " + earliest + " and " + latest);
    }
}
