package org.sanad.referrals.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.sanad.audit.AuditEntry;
import org.sanad.referrals.api.Court;
import org.sanad.referrals.audit.ReferralsAuditAction;
import org.sanad.referrals.rules.Catalogue;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * When each court of the catalogue last pulled its feed, as
 * {@code sanad_court_feed_last_pull_timestamp_seconds{court}} (Unix seconds; 0 for a court that
 * never has): a court whose system stopped pulling sees no referral, and the court-feed alert
 * reads this. Every pull is audited ({@code court.feed.read}, record {@code feed:<court>}); at start
 * the gauge is read from the newest such entry per court (one indexed look-up each), then kept
 * by the pulls this replica answers. Replicas differ; the rule takes the largest.
 */
@ApplicationScoped
public class CourtFeedMetrics {

    @Inject
    MeterRegistry registry;

    @Inject
    Catalogue catalogue;

    @Inject
    EntityManager entityManager;

    private final Map<String, AtomicLong> lastPulls = new ConcurrentHashMap<>();

    void register(@Observes StartupEvent started) {
        for (Court court : catalogue.courts()) {
            AtomicLong lastPull = lastPulls.computeIfAbsent(court.code(), code -> new AtomicLong(audited(code)));
            Gauge.builder("sanad.court.feed.last.pull.timestamp.seconds", lastPull, AtomicLong::get)
                    .description("When the court last pulled its feed (Unix seconds, 0: never)")
                    .tag("court", court.code()).register(registry);
        }
    }

    /** The court pulled its feed now. */
    void pulled(String court, Instant at) {
        AtomicLong lastPull = lastPulls.get(court);
        if (lastPull != null) {
            lastPull.accumulateAndGet(at.getEpochSecond(), Math::max);
        }
    }

    private long audited(String court) {
        List<?> newest = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT extract(epoch FROM occurred_at) FROM audit_entry WHERE record_id = :record AND action = :action "
                        + "AND outcome = :outcome ORDER BY id DESC LIMIT 1")
                .setParameter("record", CourtFeed.feedRecord(court))
                .setParameter("action", ReferralsAuditAction.COURT_FEED_READ.code())
                .setParameter("outcome", AuditEntry.Outcome.SUCCESS.name()).getResultList());
        return newest.isEmpty() ? 0 : ((Number) newest.get(0)).longValue();
    }
}
