package org.sanad.complaints.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;
import org.sanad.core.identity.Caller;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.ComplaintStatus;
import org.sanad.complaints.domain.StatusChange;
import org.sanad.complaints.notify.NotificationQueue;
import org.sanad.complaints.risk.TriageDeadlines;

/** Moves a complaint to another status if its life cycle allows, keeps the history and tells the victim. */
@ApplicationScoped
public class StatusTransitions {

    @Inject
    Caller caller;

    @Inject
    NotificationQueue notifications;

    @Inject
    TriageDeadlines deadlines;

    public void move(Complaint complaint, ComplaintStatus next, String publicNote, String internalNote, Instant now) {
        if (!complaint.status.canMoveTo(next)) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, "complaint.transition.illegal",
                    complaint.status, next);
        }
        ComplaintStatus from = complaint.status;
        StatusChange change = record(complaint, from, next, publicNote, internalNote, now);
        complaint.status = next;
        deadlines.statusChanged(complaint, from);
        complaint.updatedAt = now;
        if (next == ComplaintStatus.REJECTED || next == ComplaintStatus.WITHDRAWN) {
            complaint.retentionFrom = now;
        }
        notifications.statusChanged(complaint, change);
    }

    /** Writes a history entry; {@code from} is null for the filing itself. */
    public StatusChange record(Complaint complaint, ComplaintStatus from, ComplaintStatus to, String publicNote,
            String internalNote, Instant now) {
        StatusChange change = new StatusChange();
        change.id = UUID.randomUUID();
        change.complaintId = complaint.id;
        change.fromStatus = from;
        change.toStatus = to;
        change.changedAt = now;
        change.actorSubject = caller.subject();
        change.actorRole = caller.rolesForAudit();
        change.publicNote = publicNote;
        change.internalNote = internalNote;
        change.persist();
        return change;
    }
}
