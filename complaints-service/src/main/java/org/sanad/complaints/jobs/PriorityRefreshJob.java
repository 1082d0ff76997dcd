package org.sanad.complaints.jobs;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.hibernate.Timeouts;
import org.hibernate.jpa.AvailableHints;
import org.sanad.audit.AuditLog;
import org.sanad.core.time.Timestamps;
import org.sanad.complaints.config.IntakeConfig;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.ComplaintStatus;
import org.sanad.complaints.rules.PriorityRules;
import org.sanad.complaints.risk.TriageDeadlines;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import org.sanad.complaints.audit.ComplaintsAuditAction;
import org.sanad.complaints.audit.ComplaintsAuditRecord;

/**
 * A deadline becomes imminent by the passing of time alone: this job raises the priority of open
 * complaints whose deadline has come within the window, without waiting for anyone to touch them,
 * and with it their triage deadline ({@link TriageDeadlines}).
 * It reads only the complaints whose priority does not count their deadline yet, a batch per
 * transaction, so a backlog of complaints long past their deadline costs nothing on later runs.
 */
@ApplicationScoped
public class PriorityRefreshJob {

    @Inject
    PriorityRules priorities;

    @Inject
    TriageDeadlines deadlines;

    @Inject
    IntakeConfig config;

    @Inject
    AuditLog audit;

    @Scheduled(every = "${intake.priority-refresh-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRefresh() {
        int raised = refresh(Timestamps.now());
        if (raised > 0) {
            Log.infof("Raised the priority of %d complaints whose deadline is near", raised);
        }
    }

    /** Counts the deadlines that have come near by {@code now}; answers how many priorities rose. */
    public int refresh(Instant now) {
        return refresh(now, config.priorityRefreshBatch());
    }

    /** As {@link #refresh(Instant)}, {@code batchSize} complaints per transaction. */
    public int refresh(Instant now, int batchSize) {
        int raised = 0;
        while (true) {
            Batch batch = QuarkusTransaction.requiringNew().call(() -> refreshBatch(now, batchSize));
            raised += batch.raised();
            if (batch.read() < batchSize) {
                return raised;
            }
        }
    }

    private record Batch(int read, int raised) {
    }

    private Batch refreshBatch(Instant now, int batchSize) {
        // rows another replica (or a filer's change) holds right now are skipped, not waited for
        List<Complaint> nearing = Complaint.<Complaint> find("status in ?1 and deadline is not null "
                + "and deadlineCounted = false and deadline < ?2 order by deadline, id",
                ComplaintStatus.OPEN, now.plus(config.imminentDeadline()))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint(AvailableHints.HINT_SPEC_LOCK_TIMEOUT, Timeouts.SKIP_LOCKED_MILLI)
                .range(0, batchSize - 1)
                .list();
        int raised = 0;
        for (Complaint complaint : nearing) {
            if (priorities.apply(complaint, now)) {
                deadlines.priorityChanged(complaint, now);
                complaint.updatedAt = now;
                audit.system(ComplaintsAuditAction.COMPLAINT_PRIORITY_REFRESH, ComplaintsAuditRecord.COMPLAINT, complaint.id);
                raised++;
            }
        }
        return new Batch(nearing.size(), raised);
    }
}
