package org.sanad.handoff;

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
 * What operators watch of the hand-offs: how many events wait for their receiver, how long the
 * oldest has waited, and how many the receiver refused (dead, waiting for an operator). A
 * receiver that is down shows as a growing age, not as lost work; a refusal shows apart from it.
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
        Gauge.builder("sanad.outbox.dead", this, OutboxMetrics::dead)
                .description("Outbox events their receiver refused; they wait for an operator").register(registry);
    }

    double pending() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("status", OutboxEvent.Status.PENDING));
    }

    double dead() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("status", OutboxEvent.Status.DEAD));
    }

    double oldestPendingSeconds() {
        Instant oldest = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.getEntityManager()
                .createQuery("select min(e.createdAt) from OutboxEvent e where e.status = :pending", Instant.class)
                .setParameter("pending", OutboxEvent.Status.PENDING)
                .getSingleResult());
        return oldest == null ? 0 : Duration.between(oldest, Instant.now()).toSeconds();
    }
}
