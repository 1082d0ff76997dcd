package org.sanad.referrals.jobs;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.sanad.referrals.domain.CourtReply;
import org.sanad.referrals.mapping.ReferralMapper;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Reviews and decisions recorded before their outcomes were kept in clear (migration V8) get them
 * at start, from their bodies, so the statistics count every one; again every minute for the
 * replies that replicas of the release before take during a rollout. Only bodies already sealed
 * to their rows are read: a row still clear, or in the first encrypted form, would fail the
 * column's check on update, and is taken once UnboundFieldsSealing has sealed it. Replicas each
 * take the rows no other holds ({@code skip locked}), at most {@value #BATCH} a run. A reply whose
 * body cannot be read is left as it is and named by its id only: one bad row neither stops the
 * others nor the service's start (the next minute's run tries again).
 */
@ApplicationScoped
public class UnrecordedOutcomes {

    static final int BATCH = 500;

    @Inject
    ReferralMapper mapper;

    @Inject
    EntityManager entityManager;

    void atStart(@Observes StartupEvent start) {
        try {
            int recorded = recordAll();
            if (recorded > 0) {
                Log.infof("Recorded the outcomes of %d court replies from before outcomes were kept for statistics", recorded);
            }
        } catch (RuntimeException e) {
            // the statistics can wait for the next run; the service's start cannot
            Log.warnf("Could not record the outcomes of earlier court replies at start (%s); the minute's run retries",
                    e.getClass().getSimpleName());
        }
    }

    @Scheduled(every = "${referrals.statistics.catch-up-every:1m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void catchUp() {
        int recorded = recordAll();
        if (recorded > 0) {
            Log.infof("Recorded the outcomes of %d court replies (taken by a replica of an earlier release)", recorded);
        }
    }

    /** @return how many replies it gave their outcomes */
    @Transactional
    @SuppressWarnings("unchecked")
    public int recordAll() {
        List<CourtReply> replies = entityManager.createNativeQuery("select * from court_reply where outcomes is null"
                + " and kind in ('REVIEW', 'DECISION') and body like 'enc2:%' order by id limit " + BATCH
                + " for update skip locked", CourtReply.class).getResultList();
        int recorded = 0;
        for (CourtReply reply : replies) {
            String[] outcomes;
            try {
                outcomes = mapper.outcomesOf(reply);
            } catch (RuntimeException e) {
                Log.warnf("Court reply %s: its outcomes could not be read (%s); left for the next run", reply.id,
                        e.getClass().getSimpleName());
                continue;
            }
            // a native update: the entity's update would write its encrypted body again
            entityManager.createNativeQuery("update court_reply set outcomes = :outcomes where id = :id")
                    .setParameter("outcomes", outcomes).setParameter("id", reply.id).executeUpdate();
            recorded++;
        }
        return recorded;
    }
}
