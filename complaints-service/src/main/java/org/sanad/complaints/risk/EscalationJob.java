package org.sanad.complaints.risk;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import org.hibernate.Timeouts;
import org.hibernate.jpa.AvailableHints;
import org.sanad.audit.AuditLog;
import org.sanad.complaints.audit.ComplaintsAuditAction;
import org.sanad.complaints.audit.ComplaintsAuditRecord;
import org.sanad.complaints.config.TriageConfig;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.ComplaintStatus;
import org.sanad.complaints.domain.Escalation;
import org.sanad.core.time.Timestamps;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Escalates the complaints no one triaged in time: past the triage deadline to the governorate's
 * supervisor, and still untriaged at the end of the supervisor's window ({@code
 * triage.national-after}) to the national unit; each step raises its alert and tells the people on
 * duty ({@link DutyAlert}). The timer is the complaint's row ({@code escalation_due_at}), so a
 * restart loses nothing; each batch is claimed in a short transaction of its own ({@code FOR UPDATE
 * SKIP LOCKED}) and the step is written with it, so two replicas never escalate one complaint twice.
 */
@ApplicationScoped
public class EscalationJob {

    static final String SUPERVISOR_KEY = "triage-overdue-supervisor";
    static final String NATIONAL_KEY = "triage-overdue-national";

    @Inject
    TriageConfig config;

    @Inject
    TriageDeadlines deadlines;

    @Inject
    RiskAlerts alerts;

    @Inject
    RiskMetrics metrics;

    @Inject
    AuditLog audit;

    @Scheduled(every = "${triage.escalation-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledEscalation() {
        int escalated = escalate(Timestamps.now());
        if (escalated > 0) {
            Log.warnf("Escalated %d complaints not triaged in time", escalated);
        }
    }

    /** Escalates what is due by {@code now}; answers how many complaints went one level up. */
    public int escalate(Instant now) {
        int escalated = 0;
        int batchSize = config.escalationBatch();
        while (true) {
            int batch = QuarkusTransaction.requiringNew().call(() -> escalateBatch(now, batchSize));
            escalated += batch;
            if (batch < batchSize) {
                metrics.refresh();
                return escalated;
            }
        }
    }

    /** Answers how many complaints of the batch went up: all it read. */
    private int escalateBatch(Instant now, int batchSize) {
        // rows another replica (or a triage) holds right now are skipped, not waited for: the next run sees them
        List<Complaint> due = Complaint.<Complaint> find("escalationDueAt <= ?1 and status = ?2 order by escalationDueAt, id",
                now, ComplaintStatus.SUBMITTED)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint(AvailableHints.HINT_SPEC_LOCK_TIMEOUT, Timeouts.SKIP_LOCKED_MILLI)
                .range(0, batchSize - 1)
                .list();
        for (Complaint complaint : due) {
            Escalation next = complaint.escalation == Escalation.NONE ? Escalation.SUPERVISOR : Escalation.NATIONAL;
            deadlines.escalated(complaint, next, now);
            complaint.updatedAt = now;
            audit.system(ComplaintsAuditAction.COMPLAINT_ESCALATE, ComplaintsAuditRecord.COMPLAINT, complaint.id);
            alerts.raise(complaint, DutyAlert.Level.valueOf(next.name()), Set.of(DutyAlert.Reason.TRIAGE_OVERDUE),
                    next == Escalation.SUPERVISOR ? SUPERVISOR_KEY : NATIONAL_KEY, now);
        }
        return due.size();
    }
}
