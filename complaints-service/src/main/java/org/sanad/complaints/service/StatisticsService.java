package org.sanad.complaints.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.sanad.core.http.DayRange;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.identity.Caller;
import org.sanad.complaints.api.ComplaintStatistics;
import org.sanad.complaints.api.ComplaintStatistics.Count;
import org.sanad.complaints.api.ComplaintStatistics.TriageTimes;
import org.sanad.complaints.domain.Priority;

/**
 * Counts for supervisors, within their governorate (national supervisors: all governorates).
 * Aggregates only: no complaint or victim leaves through here. The days the rollup has counted are
 * read from complaint_day_count (a row per day, governorate and key); only the complaints filed
 * since its mark are counted one by one, so a year's statistics cost the same at any volume. The
 * time to triage is read from the complaints' history, in PostgreSQL.
 */
@ApplicationScoped
public class StatisticsService {

    @Inject
    EntityManager entityManager;

    @Inject
    Caller caller;

    /** The complaints filed from day {@code from} up to, not including, day {@code to} (UTC). */
    @Transactional
    public ComplaintStatistics compute(DayRange days) {
        LocalDate from = days.from();
        LocalDate to = days.to();
        String own = caller.governorate().orElseThrow(() -> ProblemException.forbidden("officer.no-governorate"));
        Optional<String> scope = caller.isNational() ? Optional.empty() : Optional.of(own);
        LocalDate mark = (LocalDate) entityManager
                .createNativeQuery("select counted_before from complaint_day_count_mark where id = 1", LocalDate.class)
                .getSingleResult();
        // days before the split come from the kept counts, complaints filed from it on are counted here
        LocalDate split = mark.isBefore(from) ? from : mark.isAfter(to) ? to : mark;
        Range range = new Range(from, split, to, scope);
        List<Count> byGovernorate = counts(range, "d.key", "GOVERNORATE", "c.governorate", "");
        List<Count> byPlatform = counts(range, "d.key", "PLATFORM", "p.platform",
                " cross join unnest(c.platforms) p(platform)");
        List<Count> byThreat = counts(range, "d.key", "THREAT", "t.threat_type",
                " cross join unnest(c.threat_types) t(threat_type)");
        List<Count> byMonth = counts(range, "to_char(d.day, 'YYYY-MM')", "GOVERNORATE",
                "to_char(c.submitted_at at time zone 'UTC', 'YYYY-MM')", "");
        byMonth = byMonth.stream().sorted(Comparator.comparing(Count::key)).toList();
        long total = byGovernorate.stream().mapToLong(Count::count).sum();
        Triage triage = timeToTriage(range);
        return new ComplaintStatistics(instant(from), instant(to), total, byGovernorate, byPlatform, byThreat, byMonth,
                triage.triaged(), triage.median(), triage.p90(), triage.byPriority());
    }

    private record Triage(long triaged, Double median, Double p90, List<TriageTimes> byPriority) {
    }

    /**
     * The minutes from submission to the first triage decision of the complaints submitted in the
     * range, percentiles computed by PostgreSQL: all together and per priority in one pass (grouping
     * sets). A complaint leaves SUBMITTED once and never comes back: that row of its history is its
     * first decision, unless the filer withdrew it. Counted from the complaints themselves, not the
     * kept days: a complaint is triaged after the day of its filing is over, and its priority changes.
     */
    private Triage timeToTriage(Range range) {
        Optional<String> scope = range.scope();
        String minutes = "cast(extract(epoch from s.changed_at - c.submitted_at) as double precision) / 60";
        String sql = "select c.priority, count(*),"
                + " round(cast(percentile_cont(0.5) within group (order by " + minutes + ") as numeric), 1),"
                + " round(cast(percentile_cont(0.9) within group (order by " + minutes + ") as numeric), 1)"
                + " from complaint c join status_change s on s.complaint_id = c.id"
                + " where s.from_status = 'SUBMITTED' and s.to_status <> 'WITHDRAWN'"
                + " and c.submitted_at >= :fromAt and c.submitted_at < :toAt"
                + scope.map(s -> " and c.governorate = :scope").orElse("")
                + " group by grouping sets ((), (c.priority))";
        Query query = entityManager.createNativeQuery(sql)
                .setParameter("fromAt", instant(range.from()))
                .setParameter("toAt", instant(range.to()));
        scope.ifPresent(s -> query.setParameter("scope", s));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Triage all = new Triage(0, null, null, List.of());
        List<TriageTimes> byPriority = new ArrayList<>();
        for (Object[] row : rows) {
            long triaged = ((Number) row[1]).longValue();
            Double median = row[2] == null ? null : ((Number) row[2]).doubleValue();
            Double p90 = row[3] == null ? null : ((Number) row[3]).doubleValue();
            if (row[0] == null) {
                all = new Triage(triaged, median, p90, List.of());
            } else {
                byPriority.add(new TriageTimes(Priority.valueOf((String) row[0]), triaged, median, p90));
            }
        }
        byPriority.sort(Comparator.comparing(TriageTimes::priority).reversed());
        return new Triage(all.triaged(), all.median(), all.p90(), byPriority);
    }

    private record Range(LocalDate from, LocalDate split, LocalDate to, Optional<String> scope) {
    }

    /** One count per key: the kept days' rows of the dimension, then the complaints filed since. */
    private List<Count> counts(Range range, String countedKey, String dimension, String filedKey, String join) {
        Optional<String> scope = range.scope();
        String sql = "select k, sum(n) from ("
                + " select " + countedKey + " as k, d.count as n from complaint_day_count d"
                + " where d.dimension = :dimension and d.day >= :from and d.day < :split"
                + scope.map(s -> " and d.governorate = :scope").orElse("")
                + " union all"
                + " select " + filedKey + ", count(*) from complaint c" + join
                + " where c.submitted_at >= :splitAt and c.submitted_at < :toAt"
                + scope.map(s -> " and c.governorate = :scope").orElse("")
                + " group by 1) x group by k order by 2 desc, 1";
        Query query = entityManager.createNativeQuery(sql)
                .setParameter("dimension", dimension)
                .setParameter("from", range.from())
                .setParameter("split", range.split())
                .setParameter("splitAt", instant(range.split()))
                .setParameter("toAt", instant(range.to()));
        scope.ifPresent(s -> query.setParameter("scope", s));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new Count(String.valueOf(row[0]), ((Number) row[1]).longValue())).toList();
    }

    private static Instant instant(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
