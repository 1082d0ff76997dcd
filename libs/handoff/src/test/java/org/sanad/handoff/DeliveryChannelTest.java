package org.sanad.handoff;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanad.handoff.Fixtures.dueNow;
import static org.sanad.handoff.Fixtures.reloaded;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Events of a destination a channel delivers go to that channel, with the relay's retries and dead events. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FixtureReceiverStub.class)
class DeliveryChannelTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    FixtureChannel channel;

    private WireMockServer receiver;

    @BeforeEach
    void anEmptyOutbox() {
        receiver = Fixtures.emptyOutboxAndFreshReceiver();
        channel.sent.clear();
        channel.answer = new DeliveryOutcome.Delivered();
    }

    private OutboxEvent enqueued(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.enqueue(FixtureChannel.ROUTE, subject,
                id -> new FixtureMessage(id, subject)));
    }

    @Test
    void aChannelsEventGoesToTheChannelAndNotToAConfiguredService() {
        OutboxEvent event = enqueued("channelled");

        assertEquals(1, relay.relayDue());

        assertEquals(1, channel.sent.size());
        assertEquals(event.id, channel.sent.get(0).id);
        assertEquals(OutboxEvent.Status.DELIVERED, reloaded(event.id).status);
        receiver.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aChannelsFailuresAreRetriedAndParkedAsDeadLikeAnyHandOff() {
        OutboxEvent event = enqueued("unlucky");
        channel.answer = new DeliveryOutcome.Retry(503, "HTTP 503", null);

        assertEquals(0, relay.relayDue());
        OutboxEvent waiting = reloaded(event.id);
        assertEquals(OutboxEvent.Status.PENDING, waiting.status);
        assertEquals(1, waiting.attempts);
        assertEquals(503, waiting.lastStatus);

        channel.answer = new DeliveryOutcome.Dead(413, "HTTP 413");
        dueNow(event.id);
        assertEquals(0, relay.relayDue());
        assertEquals(OutboxEvent.Status.DEAD, reloaded(event.id).status);
        assertEquals(2, channel.sent.size());
    }
}
