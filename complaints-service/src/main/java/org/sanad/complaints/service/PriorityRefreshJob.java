package org.sanad.complaints.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.hibernate.Timeouts;
import org.hibernate.jpa.AvailableHints;
import org.sanad.commons.audit.AuditAction;
import org.sanad.commons.audit.AuditLog;
import org.sanad.commons.audit.AuditRecordType;
import org.sanad.commons.time.Timestamps;
import org.sanad.complaints.config.IntakeConfig;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.ComplaintStatus;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * A deadline becomes imminent by the passing of time alone: this job raises the priority of open
 * complaints whose deadline has come within the window, without waiting for anyone to touch them.
 */
@ApplicationScoped
public class PriorityRefreshJob {

    @Inject
    PriorityRules priorities;

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

    @Transactional
    public int refresh(Instant now) {
        // rows another replica is refreshing right now are skipped, not waited for
        List<Complaint> nearing = Complaint.<Complaint> find("status in ?1 and deadline is not null and deadline < ?2",
                ComplaintStatus.OPEN, now.plus(config.imminentDeadline()))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint(AvailableHints.HINT_SPEC_LOCK_TIMEOUT, Timeouts.SKIP_LOCKED_MILLI)
                .list();
        int raised = 0;
        for (Complaint complaint : nearing) {
            if (priorities.apply(complaint, now)) {
                complaint.updatedAt = now;
                audit.system(AuditAction.COMPLAINT_PRIORITY_REFRESH, AuditRecordType.COMPLAINT, complaint.id);
                raised++;
            }
        }
        return raised;
    }
}
