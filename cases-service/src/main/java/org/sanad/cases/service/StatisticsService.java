package org.sanad.cases.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.sanad.cases.api.CaseStatistics;
import org.sanad.cases.api.CaseStatistics.Count;
import org.sanad.core.http.DayRange;
import org.sanad.kernel.security.GovernorateScope;

/**
 * Counts for supervisors, within their governorate (national supervisors: all governorates),
 * the same scope as complaints-service's statistics. Aggregates only, counted by PostgreSQL: no
 * case, suspect or note leaves through here.
 */
@ApplicationScoped
public class StatisticsService {

    private static final String MONTH = "to_char(%s at time zone 'UTC', 'YYYY-MM')";
    private static final String OPENED = " from investigation_case c where c.created_at >= :fromAt and c.created_at < :toAt";
    private static final String ARRESTS = " from case_action a join investigation_case c on c.id = a.case_id"
            + " where a.type = 'ARREST' and a.occurred_at >= :fromAt and a.occurred_at < :toAt";

    @Inject
    EntityManager entityManager;

    @Inject
    GovernorateScope scope;

    /** The cases opened, and the arrests made, in {@code days}. */
    @Transactional
    public CaseStatistics compute(DayRange days) {
        Range range = new Range(days.start(), days.end(), scope.listScope(null));
        List<Count> openedByMonth = counts(range, MONTH.formatted("c.created_at"), OPENED);
        List<Count> arrestsByMonth = counts(range, MONTH.formatted("a.occurred_at"), ARRESTS);
        return new CaseStatistics(range.from(), range.to(),
                total(openedByMonth), sortedByKey(openedByMonth), counts(range, "c.governorate", OPENED),
                counts(range, "c.status", OPENED),
                total(arrestsByMonth), sortedByKey(arrestsByMonth), counts(range, "c.governorate", ARRESTS),
                medianDaysToFirstArrest(range));
    }

    /** {@code governorate} null: every governorate. */
    private record Range(Instant from, Instant to, String governorate) {
    }

    /** One count per key, the largest first. */
    private List<Count> counts(Range range, String key, String fromWhere) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scoped(range, "select " + key + ", count(*)" + fromWhere, " group by 1 order by 2 desc, 1")
                .getResultList();
        return rows.stream().map(row -> new Count(String.valueOf(row[0]), ((Number) row[1]).longValue())).toList();
    }

    /** Of the cases opened in the range with an arrest: days from opening to the first one (an arrest dated before counts as 0). */
    private Double medianDaysToFirstArrest(Range range) {
        Object median = scoped(range, "select round(cast(percentile_cont(0.5) within group (order by greatest(0,"
                + " extract(epoch from f.first_arrest - c.created_at) / 86400)) as numeric), 1)"
                + " from investigation_case c cross join lateral (select min(a.occurred_at) as first_arrest"
                + " from case_action a where a.case_id = c.id and a.type = 'ARREST') f"
                + " where f.first_arrest is not null and c.created_at >= :fromAt and c.created_at < :toAt", "")
                .getSingleResult();
        return median == null ? null : ((Number) median).doubleValue();
    }

    private Query scoped(Range range, String select, String tail) {
        Query query = entityManager.createNativeQuery(select + (range.governorate() == null ? "" : " and c.governorate = :scope") + tail)
                .setParameter("fromAt", range.from())
                .setParameter("toAt", range.to());
        if (range.governorate() != null) {
            query.setParameter("scope", range.governorate());
        }
        return query;
    }

    private static long total(List<Count> counts) {
        return counts.stream().mapToLong(Count::count).sum();
    }

    private static List<Count> sortedByKey(List<Count> counts) {
        return counts.stream().sorted((a, b) -> a.key().compareTo(b.key())).toList();
    }
}
