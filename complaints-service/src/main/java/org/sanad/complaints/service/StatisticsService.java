package org.sanad.complaints.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.sanad.commons.problem.ProblemException;
import org.sanad.commons.security.Caller;
import org.sanad.complaints.api.ComplaintStatistics;
import org.sanad.complaints.api.ComplaintStatistics.Count;

/**
 * Counts for supervisors, within their governorate (national supervisors: all governorates).
 * Aggregates only: no complaint or victim leaves through here.
 */
@ApplicationScoped
public class StatisticsService {

    @Inject
    EntityManager entityManager;

    @Inject
    Caller caller;

    @Transactional
    public ComplaintStatistics compute(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            throw ProblemException.invalidField("to", "statistics.range.invalid");
        }
        String own = caller.governorate().orElseThrow(() -> ProblemException.forbidden("officer.no-governorate"));
        // a national supervisor's filter matches every governorate
        String scope = caller.isNational() ? null : own;
        String inScope = " c.submitted_at >= :from and c.submitted_at < :to"
                + " and (cast(:scope as varchar) is null or c.governorate = :scope) ";
        List<Count> byGovernorate = counts("select c.governorate, count(*) from complaint c where" + inScope
                + "group by 1 order by 2 desc, 1", from, to, scope);
        List<Count> byPlatform = counts("select p.platform, count(*) from complaint c"
                + " join complaint_platform p on p.complaint_id = c.id where" + inScope
                + "group by 1 order by 2 desc, 1", from, to, scope);
        List<Count> byThreat = counts("select t.threat_type, count(*) from complaint c"
                + " join complaint_threat t on t.complaint_id = c.id where" + inScope
                + "group by 1 order by 2 desc, 1", from, to, scope);
        List<Count> byMonth = counts("select to_char(c.submitted_at at time zone 'UTC', 'YYYY-MM'), count(*)"
                + " from complaint c where" + inScope + "group by 1 order by 1", from, to, scope);
        long total = byGovernorate.stream().mapToLong(Count::count).sum();
        return new ComplaintStatistics(from, to, total, byGovernorate, byPlatform, byThreat, byMonth);
    }

    private List<Count> counts(String sql, Instant from, Instant to, String scope) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(sql)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("scope", scope)
                .getResultList();
        return rows.stream().map(row -> new Count(String.valueOf(row[0]), ((Number) row[1]).longValue())).toList();
    }
}
