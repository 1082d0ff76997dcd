package org.sanad.commons.outbox;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * What operators watch of the hand-offs: how many events wait for their receiver and how long
 * the oldest has waited. A receiver that is down shows as a growing age, not as lost work.
 */
@ApplicationScoped
public class OutboxMetrics {

    @Inject
    MeterRegistry registry;

    void register(@Observes StartupEvent started) {
        Gauge.builder("sanad.outbox.pending", this, OutboxMetrics::pending)
                .description("Outbox events not yet accepted by their receiver").register(registry);
        Gauge.builder("sanad.outbox.oldest.pending.seconds", this, OutboxMetrics::oldestPendingSeconds)
                .description("Age of the oldest outbox event still waiting").register(registry);
    }

    double pending() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("deliveredAt is null"));
    }

    double oldestPendingSeconds() {
        Instant oldest = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.getEntityManager()
                .createQuery("select min(e.createdAt) from OutboxEvent e where e.deliveredAt is null", Instant.class)
                .getSingleResult());
        return oldest == null ? 0 : Duration.between(oldest, Instant.now()).toSeconds();
    }
}
