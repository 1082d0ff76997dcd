package org.sanad.complaints.jobs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.sanad.core.time.Timestamps;
import org.sanad.complaints.config.IntakeConfig;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Keeps the statistics' counts per day (complaint_day_count): each run adds the days that have
 * ended since the last, up to a month of days per transaction, and moves the mark past them. A day
 * is counted only once {@code intake.statistics.day-closes-after} has passed since it ended, so every
 * complaint filed on it has committed; from then on its counts never change, because a complaint's
 * filing day, governorate, platforms and threat types do not. Replicas take turns on the mark's row lock.
 */
@ApplicationScoped
public class StatisticsRollup {

    private static final int DAYS_PER_TRANSACTION = 31;

    @Inject
    EntityManager entityManager;

    @Inject
    IntakeConfig config;

    @Scheduled(every = "${intake.statistics.rollup-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRollup() {
        long started = System.nanoTime();
        long days = countEndedDays(Timestamps.now());
        if (days > 0) {
            Log.infof("Counted %d more days of complaints for the statistics in %d ms", days, (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** Counts the days that are over by {@code now}; answers how many days were added. */
    public long countEndedDays(Instant now) {
        LocalDate closedBefore = LocalDate.ofInstant(now.minus(config.statistics().dayClosesAfter()), ZoneOffset.UTC);
        long added = 0;
        while (true) {
            long days = QuarkusTransaction.requiringNew().call(() -> countDays(closedBefore));
            if (days == 0) {
                return added;
            }
            added += days;
        }
    }

    private long countDays(LocalDate closedBefore) {
        LocalDate from = (LocalDate) entityManager
                .createNativeQuery("select counted_before from complaint_day_count_mark where id = 1 for update", LocalDate.class)
                .getSingleResult();
        if (!from.isBefore(closedBefore)) {
            return 0;
        }
        LocalDate to = from.plusDays(DAYS_PER_TRANSACTION).isBefore(closedBefore) ? from.plusDays(DAYS_PER_TRANSACTION) : closedBefore;
        insert("c.governorate, 'GOVERNORATE', c.governorate", "", from, to);
        insert("c.governorate, 'PLATFORM', p.platform", "cross join unnest(c.platforms) p(platform)", from, to);
        insert("c.governorate, 'THREAT', t.threat_type", "cross join unnest(c.threat_types) t(threat_type)", from, to);
        entityManager.createNativeQuery("update complaint_day_count_mark set counted_before = :to where id = 1")
                .setParameter("to", to)
                .executeUpdate();
        return ChronoUnit.DAYS.between(from, to);
    }

    private void insert(String columns, String join, LocalDate from, LocalDate to) {
        entityManager.createNativeQuery("insert into complaint_day_count (day, governorate, dimension, key, count)"
                + " select (c.submitted_at at time zone 'UTC')::date, " + columns + ", count(*)"
                + " from complaint c " + join + " where c.submitted_at >= :start and c.submitted_at < :end"
                + " group by 1, 2, 3, 4")
                .setParameter("start", from.atStartOfDay(ZoneOffset.UTC).toInstant())
                .setParameter("end", to.atStartOfDay(ZoneOffset.UTC).toInstant())
                .executeUpdate();
    }
}
