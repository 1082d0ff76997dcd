package org.sanad.referrals.service;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;
import org.sanad.referrals.config.ReferralsConfig;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The courts' long-polls waiting for an entry: each is a future, completed when an entry after
 * its position is committed for its court. Nothing is held while they wait: no thread, no
 * connection, no transaction. An append on this replica wakes its court's waiters as soon as its
 * transaction commits; appends on other replicas are seen by a re-check every
 * {@code referrals.feed.recheck-every}, one query for all waiting courts, whatever their number.
 * At most {@code referrals.feed.max-waiters} wait at once on a replica; one more is answered 429
 * with a Retry-After.
 */
@ApplicationScoped
public class FeedWaiters {

    /** One waiting poll: {@code arrived} completes when its court has an entry after {@code after}. */
    public record Waiter(String court, long after, CompletableFuture<Void> arrived) {
    }

    static final Duration RETRY_WHEN_BUSY = Duration.ofSeconds(5);

    @Inject
    ReferralsConfig config;

    @Inject
    EntityManager entityManager;

    private final Map<String, Set<Waiter>> byCourt = new ConcurrentHashMap<>();
    private final AtomicInteger waiting = new AtomicInteger();

    /** A 429 problem when as many wait as a replica takes: checked before the read is audited, then again by {@link #await}. */
    public void requireRoom() {
        if (waiting.get() >= config.feed().maxWaiters()) {
            throw busy();
        }
    }

    /** Registers a poll; a 429 problem when as many wait as a replica takes. */
    public Waiter await(String court, long after) {
        if (waiting.incrementAndGet() > config.feed().maxWaiters()) {
            waiting.decrementAndGet();
            throw busy();
        }
        Waiter waiter = new Waiter(court, after, new CompletableFuture<>());
        byCourt.compute(court, (c, waiters) -> {
            Set<Waiter> set = waiters == null ? ConcurrentHashMap.newKeySet() : waiters;
            set.add(waiter);
            return set;
        });
        return waiter;
    }

    /** The poll has its answer, or its client has gone: it no longer counts. Called once or more. */
    public void release(Waiter waiter) {
        boolean[] removed = new boolean[1];
        byCourt.computeIfPresent(waiter.court(), (c, waiters) -> {
            removed[0] = waiters.remove(waiter);
            return waiters.isEmpty() ? null : waiters;
        });
        if (removed[0]) {
            waiting.decrementAndGet();
        }
        waiter.arrived().complete(null);
    }

    private static ProblemException busy() {
        return new ProblemException(ProblemType.TOO_MANY_REQUESTS, "feed.wait.busy").retryAfter(RETRY_WHEN_BUSY);
    }

    public int waiting() {
        return waiting.get();
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourtFeed.Appended appended) {
        wake(appended.court(), appended.position());
    }

    @Scheduled(every = "${referrals.feed.recheck-every:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void recheck() {
        if (byCourt.isEmpty()) {
            return;
        }
        List<String> courts = List.copyOf(byCourt.keySet());
        List<Object[]> last = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                "select courtCode, max(position) from FeedEntry where courtCode in :courts group by courtCode",
                Object[].class).setParameter("courts", courts).getResultList());
        last.forEach(row -> wake((String) row[0], ((Number) row[1]).longValue()));
    }

    private void wake(String court, long position) {
        Set<Waiter> waiters = byCourt.get(court);
        if (waiters != null) {
            waiters.stream().filter(w -> w.after() < position).forEach(w -> w.arrived().complete(null));
        }
    }
}
