package org.sanad.complaints.risk;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.complaints.config.TriageConfig;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.ComplaintStatus;
import org.sanad.complaints.domain.Escalation;
import org.sanad.complaints.domain.Priority;

/**
 * A complaint's triage deadline and the timer of its next escalation, kept in its row. The
 * deadline is set at filing by the priority ({@code triage.deadlines.*}), moves earlier when the
 * priority rises (the higher priority's time counted from the rise, since no one could have known
 * before) and never later; it ends when the complaint leaves SUBMITTED, whatever the decision.
 */
@ApplicationScoped
public class TriageDeadlines {

    @Inject
    TriageConfig config;

    /** The deadline of a complaint of {@code priority}. */
    public Duration of(Priority priority) {
        TriageConfig.Deadlines deadlines = config.deadlines();
        return switch (priority) {
            case CRITICAL -> deadlines.critical();
            case HIGH -> deadlines.high();
            case MEDIUM -> deadlines.medium();
            case LOW -> deadlines.low();
        };
    }

    /** How long the supervisor has before a complaint of {@code priority} goes to the national unit. */
    public Duration nationalAfter(Priority priority) {
        return config.nationalAfter().orElseGet(() -> of(priority));
    }

    /** A new complaint's deadline, by the priority it was filed with. */
    public void start(Complaint complaint, Instant filedAt) {
        complaint.triageDueAt = filedAt.plus(of(complaint.priority));
        complaint.escalation = Escalation.NONE;
        complaint.escalationDueAt = complaint.triageDueAt;
    }

    /**
     * After the priority was set again at {@code now}: a deadline (and the national unit's timer)
     * that the priority now makes earlier moves; one it would make later stays.
     */
    public void priorityChanged(Complaint complaint, Instant now) {
        if (complaint.triageDueAt == null) {
            return;
        }
        complaint.triageDueAt = earlier(complaint.triageDueAt, now.plus(of(complaint.priority)));
        switch (complaint.escalation) {
            case NONE -> complaint.escalationDueAt = complaint.triageDueAt;
            case SUPERVISOR -> complaint.escalationDueAt = earlier(complaint.escalationDueAt,
                    complaint.escalatedAt.plus(nationalAfter(complaint.priority)));
            case NATIONAL -> complaint.escalationDueAt = null;
        }
    }

    /** The complaint was escalated to {@code level} at {@code now}: the next step's timer, if any. */
    public void escalated(Complaint complaint, Escalation level, Instant now) {
        complaint.escalation = level;
        complaint.escalatedAt = now;
        complaint.escalationDueAt = level == Escalation.SUPERVISOR ? now.plus(nationalAfter(complaint.priority)) : null;
    }

    /** The complaint moved from {@code from} to another status: leaving SUBMITTED is its triage, and ends the timers. */
    public void statusChanged(Complaint complaint, ComplaintStatus from) {
        if (from == ComplaintStatus.SUBMITTED && complaint.status != ComplaintStatus.SUBMITTED) {
            complaint.triageDueAt = null;
            complaint.escalationDueAt = null;
        }
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
