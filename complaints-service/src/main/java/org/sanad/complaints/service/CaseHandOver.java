package org.sanad.complaints.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.commons.outbox.Outbox;
import org.sanad.complaints.client.CasesDestination;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.ComplaintStatus;
import org.sanad.complaints.domain.Evidence;
import org.sanad.complaints.domain.StatusChange;
import org.sanad.complaints.mapping.CaseDeliveryMapper;

/**
 * Writes the hand-offs of accepted complaints to cases-service into the outbox, in the caller's
 * transaction: if the acceptance (or the new evidence) commits, the hand-off will be delivered.
 */
@ApplicationScoped
public class CaseHandOver {

    static final String COMPLAINT_ACCEPTED = "complaint-accepted";
    static final String COMPLAINT_UPDATED = "complaint-updated";

    @Inject
    Outbox outbox;

    @Inject
    CaseDeliveryMapper deliveries;

    void accepted(Complaint complaint, Instant acceptedAt, String acceptedBy) {
        enqueue(COMPLAINT_ACCEPTED, complaint, acceptedAt, acceptedBy);
    }

    /** The complaint again, with what it gained since acceptance; cases-service merges it. */
    void updated(Complaint complaint) {
        StatusChange acceptance = StatusChange.<StatusChange> find("complaintId = ?1 and toStatus = ?2",
                complaint.id, ComplaintStatus.ACCEPTED).firstResult();
        enqueue(COMPLAINT_UPDATED, complaint, acceptance.changedAt, acceptance.actorSubject);
    }

    private void enqueue(String type, Complaint complaint, Instant acceptedAt, String acceptedBy) {
        outbox.enqueue(CasesDestination.NAME, type, complaint.id, deliveries.toDelivery(complaint,
                Evidence.ofComplaint(complaint.id), complaint.targetCaseNumber, acceptedAt, acceptedBy));
    }
}
