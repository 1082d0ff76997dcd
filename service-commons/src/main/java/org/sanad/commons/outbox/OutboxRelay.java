package org.sanad.commons.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Timeouts;
import org.hibernate.jpa.AvailableHints;
import org.sanad.commons.time.Timestamps;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Delivers due outbox events. Each event is first claimed in a short transaction
 * ({@code FOR UPDATE SKIP LOCKED}, then a lease on its next attempt time), so several replicas
 * share the work without sending one event twice at once and no database transaction stays open
 * during the HTTP call. The outcome is written in a second transaction: delivered, or another
 * attempt after an exponential backoff. Nothing is ever dropped: an event waits until its
 * receiver takes it, and a replica dying mid-delivery only delays it until its lease ends.
 */
@ApplicationScoped
public class OutboxRelay {

    static final Duration FIRST_RETRY = Duration.ofSeconds(2);
    static final Duration LEASE = Duration.ofMinutes(1);

    @Inject
    Instance<OutboxDestination> destinations;

    @ConfigProperty(name = "outbox.max-backoff", defaultValue = "PT10M")
    Duration maxBackoff;

    @ConfigProperty(name = "outbox.batch-size", defaultValue = "100")
    int batchSize;

    /** How long delivered events and the ids of applied messages are kept. */
    @ConfigProperty(name = "outbox.retention", defaultValue = "P30D")
    Duration retention;

    @Scheduled(every = "${outbox.relay-every:5s}", delayed = "${outbox.relay-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRelay() {
        relayDue();
    }

    @Scheduled(every = "${outbox.purge-every:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        purge(Timestamps.now());
    }

    /**
     * Forgets delivered events and applied message ids older than the retention. A message
     * redelivered after that long is still harmless: receivers also guard by natural keys (one
     * link per complaint and case) and by time (older case news never overwrites newer).
     */
    public long purge(Instant now) {
        Instant before = now.minus(retention);
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.delete("deliveredAt < ?1", before)
                + ProcessedMessage.delete("processedAt < ?1", before));
    }

    /** Tries every event due now (at most one batch); answers how many were delivered. */
    public int relayDue() {
        Map<String, OutboxDestination> byName = destinations.stream()
                .collect(Collectors.toMap(OutboxDestination::name, Function.identity()));
        int delivered = 0;
        for (int i = 0; i < batchSize; i++) {
            OutboxEvent event = QuarkusTransaction.requiringNew().call(this::claimNext);
            if (event == null) {
                break;
            }
            Exception failure = deliver(event, byName);
            QuarkusTransaction.requiringNew().run(() -> recordOutcome(event.id, failure));
            if (failure == null) {
                delivered++;
            }
        }
        return delivered;
    }

    private OutboxEvent claimNext() {
        Instant now = Timestamps.now();
        OutboxEvent event = OutboxEvent.<OutboxEvent> find(
                "deliveredAt is null and nextAttemptAt <= ?1 order by nextAttemptAt, createdAt", now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint(AvailableHints.HINT_SPEC_LOCK_TIMEOUT, Timeouts.SKIP_LOCKED_MILLI)
                .firstResult();
        if (event != null) {
            event.nextAttemptAt = now.plus(LEASE);
        }
        return event;
    }

    private static Exception deliver(OutboxEvent event, Map<String, OutboxDestination> byName) {
        try {
            OutboxDestination destination = byName.get(event.destination);
            if (destination == null) {
                throw new IllegalStateException("No destination named " + event.destination);
            }
            destination.deliver(event);
            return null;
        } catch (Exception e) {
            return e;
        }
    }

    private void recordOutcome(UUID id, Exception failure) {
        OutboxEvent event = OutboxEvent.findById(id);
        Instant now = Timestamps.now();
        if (failure == null) {
            event.deliveredAt = now;
            event.lastError = null;
            return;
        }
        event.attempts++;
        event.nextAttemptAt = now.plus(backoff(event.attempts));
        event.lastError = summary(failure);
        Log.warnf("Outbox event %s (%s to %s) not delivered, attempt %d, next at %s: %s", event.id, event.type,
                event.destination, event.attempts, event.nextAttemptAt, event.lastError);
    }

    Duration backoff(int attempts) {
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }

    private static String summary(Exception e) {
        String message = e.getClass().getSimpleName() + ": " + e.getMessage();
        return message.length() > 1000 ? message.substring(0, 1000) : message;
    }
}
