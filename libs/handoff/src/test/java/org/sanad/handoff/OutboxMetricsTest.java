package org.sanad.handoff;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.handoff.Fixtures.enqueued;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** What operators watch: the backlog (how many wait, how long the oldest has) and the refusals, apart. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(FixtureReceiverStub.class)
class OutboxMetricsTest {

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

    private double gauge(String name) {
        return metrics.get(name).gauge().value();
    }

    @Test
    void theBacklogAndTheRefusalsShowApart() {
        assertEquals(0, gauge("sanad.outbox.pending"));
        assertEquals(0, gauge("sanad.outbox.oldest.pending.seconds"));
        assertEquals(0, gauge("sanad.outbox.dead"));

        receiver.stubFor(post(urlEqualTo(FixtureMessage.ROUTE.path()))
                .withRequestBody(matchingJsonPath("$.subject", WireMock.equalTo("refused")))
                .willReturn(aResponse().withStatus(413)));
        receiver.stubFor(post(urlEqualTo(FixtureMessage.ROUTE.path()))
                .withRequestBody(matchingJsonPath("$.subject", WireMock.equalTo("waiting")))
                .willReturn(aResponse().withStatus(503)));
        enqueued(outbox, "refused");
        UUID waiting = enqueued(outbox, "waiting").id;
        enqueued(outbox, "waiting");
        QuarkusTransaction.requiringNew().run(() -> OutboxEvent.update("createdAt = ?1 where id = ?2",
                Instant.now().minus(Duration.ofMinutes(10)), waiting));
        relay.relayDue();

        assertEquals(2, gauge("sanad.outbox.pending"));
        double oldest = gauge("sanad.outbox.oldest.pending.seconds");
        assertTrue(oldest >= 600 && oldest < 660, "the oldest waits since its creation: " + oldest);
        assertEquals(1, gauge("sanad.outbox.dead"));

        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("sanad_outbox_pending 2.0"))
                .body(containsString("sanad_outbox_oldest_pending_seconds "))
                .body(containsString("sanad_outbox_dead 1.0"));
    }
}
