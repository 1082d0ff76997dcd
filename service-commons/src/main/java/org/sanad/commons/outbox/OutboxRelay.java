package org.sanad.commons.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.LockOptions;
import org.hibernate.jpa.AvailableHints;
import org.sanad.commons.time.Timestamps;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Delivers due outbox events, one per transaction. The event row stays locked while it is sent
 * ({@code FOR UPDATE SKIP LOCKED}), so several replicas share the work without sending an event
 * twice at once; a failure schedules another attempt with exponential backoff. Nothing is ever
 * dropped: an event waits until its receiver takes it.
 */
@ApplicationScoped
public class OutboxRelay {

    static final Duration FIRST_RETRY = Duration.ofSeconds(2);

    @Inject
    Instance<OutboxDestination> destinations;

    @ConfigProperty(name = "outbox.max-backoff", defaultValue = "PT10M")
    Duration maxBackoff;

    @ConfigProperty(name = "outbox.batch-size", defaultValue = "100")
    int batchSize;

    @Scheduled(every = "${outbox.relay-every:5s}", delayed = "${outbox.relay-delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRelay() {
        relayDue();
    }

    /** Tries every event due now (at most one batch); answers how many were delivered. */
    public int relayDue() {
        Map<String, OutboxDestination> byName = destinations.stream()
                .collect(Collectors.toMap(OutboxDestination::name, Function.identity()));
        int delivered = 0;
        for (int i = 0; i < batchSize; i++) {
            Attempt attempt = QuarkusTransaction.requiringNew().call(() -> attemptNext(byName));
            if (attempt == Attempt.NONE_DUE) {
                break;
            }
            if (attempt == Attempt.DELIVERED) {
                delivered++;
            }
        }
        return delivered;
    }

    private enum Attempt {
        NONE_DUE, DELIVERED, FAILED
    }

    private Attempt attemptNext(Map<String, OutboxDestination> byName) {
        Instant now = Timestamps.now();
        OutboxEvent event = OutboxEvent.<OutboxEvent> find(
                "deliveredAt is null and nextAttemptAt <= ?1 order by nextAttemptAt, createdAt", now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint(AvailableHints.HINT_SPEC_LOCK_TIMEOUT, LockOptions.SKIP_LOCKED)
                .firstResult();
        if (event == null) {
            return Attempt.NONE_DUE;
        }
        try {
            OutboxDestination destination = byName.get(event.destination);
            if (destination == null) {
                throw new IllegalStateException("No destination named " + event.destination);
            }
            destination.deliver(event);
            event.deliveredAt = Timestamps.now();
            event.lastError = null;
            return Attempt.DELIVERED;
        } catch (Exception e) {
            event.attempts++;
            event.nextAttemptAt = now.plus(backoff(event.attempts));
            event.lastError = summary(e);
            Log.warnf("Outbox event %s (%s to %s) not delivered, attempt %d, next at %s: %s", event.id, event.type,
                    event.destination, event.attempts, event.nextAttemptAt, event.lastError);
            return Attempt.FAILED;
        }
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
