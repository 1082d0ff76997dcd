package org.sanad.referrals.service;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.sanad.core.http.DayRange;
import org.sanad.kernel.security.GovernorateScope;
import org.sanad.referrals.api.ReferralStatistics;
import org.sanad.referrals.api.ReferralStatistics.Count;

/**
 * Counts for supervisors and prosecutors, within their governorate (national units: all
 * governorates), the same scope as complaints-service's and cases-service's statistics.
 * Aggregates only, counted by PostgreSQL from columns in clear (the court's outcomes are kept as
 * codes beside the encrypted replies, see CourtReply#outcomes): no referral's content is read.
 */
@ApplicationScoped
public class StatisticsService {

    /** A referral's first submission is its first version's. */
    private static final String SUBMITTED = " from referral r join referral_version v on v.referral_id = r.id and v.number = 1"
            + " where v.submitted_at >= :fromAt and v.submitted_at < :toAt";
    private static final String REPLIES = " from court_reply c join referral r on r.id = c.referral_id"
            + " where c.occurred_at >= :fromAt and c.occurred_at < :toAt";

    @Inject
    EntityManager entityManager;

    @Inject
    GovernorateScope scope;

    /** What happened in {@code days}. */
    @Transactional
    public ReferralStatistics compute(DayRange days) {
        Range range = new Range(days.start(), days.end(), scope.listScope(null));
        List<Count> byMonth = counts(range, "to_char(v.submitted_at at time zone 'UTC', 'YYYY-MM')", SUBMITTED)
                .stream().sorted(Comparator.comparing(Count::key)).toList();
        return new ReferralStatistics(range.from(), range.to(),
                byMonth.stream().mapToLong(Count::count).sum(), byMonth,
                counts(range, "r.governorate", SUBMITTED), counts(range, "r.court_code", SUBMITTED),
                counts(range, "r.status", SUBMITTED),
                count(range, REPLIES + " and c.kind = 'REVIEW' and 'RETURNED' = any(c.outcomes)"),
                count(range, REPLIES + " and c.kind = 'DECISION'"),
                counts(range, "o.outcome", REPLIES.replace(" where ", " cross join unnest(c.outcomes) o(outcome) where ")
                        + " and c.kind = 'DECISION'"));
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

    private long count(Range range, String fromWhere) {
        return ((Number) scoped(range, "select count(*)" + fromWhere, "").getSingleResult()).longValue();
    }

    private Query scoped(Range range, String select, String tail) {
        Query query = entityManager.createNativeQuery(select + (range.governorate() == null ? "" : " and r.governorate = :scope") + tail)
                .setParameter("fromAt", range.from())
                .setParameter("toAt", range.to());
        if (range.governorate() != null) {
            query.setParameter("scope", range.governorate());
        }
        return query;
    }
}
