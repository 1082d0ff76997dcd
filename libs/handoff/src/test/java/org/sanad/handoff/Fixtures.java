package org.sanad.handoff;

import java.time.Instant;
import java.util.UUID;

import org.sanad.testing.ServiceStub;
import org.sanad.testing.TestTokens;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** What the tests of the hand-off machinery share: tokens for the test application, the outbox's rows. */
final class Fixtures {

    static final TestTokens TOKENS = new TestTokens("handoff-test");

    static final String ADMIN = TOKENS.withRoles("admin-1", "admin");

    private Fixtures() {
    }

    /** Writes a fixture hand-off in a transaction of its own, as a service does with the change it announces. */
    static OutboxEvent enqueued(Outbox outbox, String subject) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(FixtureMessage.ROUTE, subject,
                id -> new FixtureMessage(id, subject)));
    }

    static OutboxEvent reloaded(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent> findById(eventId));
    }

    /** The event's next attempt is due now, as if its backoff had passed. */
    static void dueNow(UUID eventId) {
        QuarkusTransaction.requiringNew().run(() -> OutboxEvent.update("nextAttemptAt = ?1 where id = ?2",
                Instant.now().minusSeconds(1), eventId));
    }

    /**
     * Where each test of the sending side starts: no event of an earlier test left for the relay or
     * the metrics, and a receiver with no answer programmed.
     */
    static WireMockServer emptyOutboxAndFreshReceiver() {
        QuarkusTransaction.requiringNew().run(() -> OutboxEvent.deleteAll());
        WireMockServer receiver = ServiceStub.server();
        receiver.resetAll();
        return receiver;
    }
}
