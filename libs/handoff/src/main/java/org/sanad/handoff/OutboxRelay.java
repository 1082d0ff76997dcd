package org.sanad.handoff;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.hibernate.Timeouts;
import org.hibernate.jpa.AvailableHints;
import org.sanad.core.time.Timestamps;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Delivers due outbox events. Each event is first claimed in a short transaction
 * ({@code FOR UPDATE SKIP LOCKED}, then a lease on its next attempt time), so several replicas
 * share the work without sending one event twice at once and no database transaction stays open
 * during the HTTP call. The outcome is written in a second transaction: delivered; another
 * attempt after an exponential backoff (or the receiver's {@code Retry-After}) when the receiver
 * could not take it now, or when it refused it fewer than {@code outbox.refusal-attempts} times;
 * or dead, kept with its answer until an operator re-queues it, when it refused it that often or
 * for good.
 */
@ApplicationScoped
public class OutboxRelay {

    static final Duration FIRST_RETRY = Duration.ofSeconds(2);
    static final Duration LEASE = Duration.ofMinutes(1);

    @Inject
    HandOffSender sender;

    @Inject
    OutboxConfig config;

    /** Destinations delivered otherwise than by {@link #sender}; none in most services. */
    @Inject
    Instance<DeliveryChannel> channels;

    @Scheduled(every = "${outbox.relay-every:5s}", delayed = "${outbox.relay-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRelay() {
        relayDue();
    }

    @Scheduled(every = "${outbox.purge-every:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        purge(Timestamps.now());
    }

    /**
     * Forgets delivered events and applied message ids past their retentions; dead events stay
     * until an operator acts. A message redelivered after that long is still harmless: receivers
     * also guard by natural keys (one link per complaint and case) and by time (older case news
     * never overwrites newer).
     */
    public long purge(Instant now) {
        Instant deliveredBefore = now.minus(config.retention());
        Instant appliedBefore = now.minus(config.appliedRetention());
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.delete("status = ?1 and deliveredAt < ?2",
                OutboxEvent.Status.DELIVERED, deliveredBefore) + ProcessedMessage.delete("processedAt < ?1", appliedBefore));
    }

    /** Tries every event due now (at most one batch); answers how many were delivered. */
    public int relayDue() {
        int delivered = 0;
        for (int i = 0; i < config.batchSize(); i++) {
            OutboxEvent event = QuarkusTransaction.requiringNew().call(this::claimNext);
            if (event == null) {
                break;
            }
            DeliveryOutcome outcome = send(event);
            QuarkusTransaction.requiringNew().run(() -> recordOutcome(event.id, outcome));
            if (outcome instanceof DeliveryOutcome.Delivered) {
                delivered++;
            }
        }
        return delivered;
    }

    private DeliveryOutcome send(OutboxEvent event) {
        for (DeliveryChannel channel : channels) {
            if (channel.delivers(event.destination)) {
                return channel.send(event);
            }
        }
        return sender.send(event);
    }

    private OutboxEvent claimNext() {
        Instant now = Timestamps.now();
        OutboxEvent event = OutboxEvent.<OutboxEvent> find(
                "status = ?1 and nextAttemptAt <= ?2 order by nextAttemptAt, createdAt", OutboxEvent.Status.PENDING, now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint(AvailableHints.HINT_SPEC_LOCK_TIMEOUT, Timeouts.SKIP_LOCKED_MILLI)
                .firstResult();
        if (event != null) {
            event.nextAttemptAt = now.plus(LEASE);
        }
        return event;
    }

    private void recordOutcome(UUID id, DeliveryOutcome outcome) {
        OutboxEvent event = OutboxEvent.findById(id);
        Instant now = Timestamps.now();
        if (outcome instanceof DeliveryOutcome.Retry retry) {
            event.attempts++;
            event.nextAttemptAt = now.plus(retry.retryAfter() != null ? retry.retryAfter() : backoff(event.attempts));
            event.lastStatus = retry.status();
            event.lastError = retry.reason();
            Log.warnf("Outbox event %s (%s to %s) not delivered, attempt %d, next at %s: %s", event.id, event.type,
                    event.destination, event.attempts, event.nextAttemptAt, event.lastError);
        } else if (outcome instanceof DeliveryOutcome.Refused refused) {
            event.attempts++;
            event.refusals++;
            event.lastStatus = refused.status();
            event.lastError = refused.answer();
            if (event.refusals >= config.refusalAttempts()) {
                parkDead(event, now);
            } else {
                event.nextAttemptAt = now.plus(backoff(event.attempts));
                Log.warnf("Outbox event %s (%s to %s) refused, %d of %d refusals before it is dead, next at %s: %s",
                        event.id, event.type, event.destination, event.refusals, config.refusalAttempts(),
                        event.nextAttemptAt, event.lastError);
            }
        } else if (outcome instanceof DeliveryOutcome.Dead dead) {
            event.attempts++;
            event.lastStatus = dead.status();
            event.lastError = dead.answer();
            parkDead(event, now);
        } else {
            event.status = OutboxEvent.Status.DELIVERED;
            event.deliveredAt = now;
            event.lastStatus = null;
            event.lastError = null;
        }
    }

    private static void parkDead(OutboxEvent event, Instant now) {
        event.status = OutboxEvent.Status.DEAD;
        event.deadAt = now;
        Log.errorf("Outbox event %s (%s to %s) is DEAD after %d attempts: the receiver refused it (%s). Fix the cause, "
                + "then re-queue it: POST /outbox/dead-events/%s/requeue", event.id, event.type, event.destination,
                event.attempts, event.lastError, event.id);
    }

    Duration backoff(int attempts) {
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        return delay.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : delay;
    }
}
