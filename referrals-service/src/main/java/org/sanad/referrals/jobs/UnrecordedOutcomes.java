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
 * take the rows no other holds ({@code skip locked}).
 */
@ApplicationScoped
public class UnrecordedOutcomes {

    @Inject
    ReferralMapper mapper;

    @Inject
    EntityManager entityManager;

    void atStart(@Observes StartupEvent start) {
        int recorded = recordAll();
        if (recorded > 0) {
            Log.infof("Recorded the outcomes of %d court replies from before outcomes were kept for statistics", recorded);
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
                + " and kind in ('REVIEW', 'DECISION') and body like 'enc2:%' for update skip locked", CourtReply.class).getResultList();
        for (CourtReply reply : replies) {
            // a native update: the entity's update would write its encrypted body again
            entityManager.createNativeQuery("update court_reply set outcomes = :outcomes where id = :id")
                    .setParameter("outcomes", mapper.outcomesOf(reply)).setParameter("id", reply.id).executeUpdate();
        }
        return replies.size();
    }
}
