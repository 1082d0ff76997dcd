package org.sanad.complaints.handoff;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.handoff.HandOff;
import org.sanad.handoff.Outbox;
import org.sanad.complaints.client.CasesHandOffs;
import org.sanad.complaints.client.ComplaintDelivery;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.ComplaintStatus;
import org.sanad.complaints.domain.Evidence;
import org.sanad.complaints.domain.StatusChange;
import org.sanad.complaints.mapping.ComplaintDeliveryMapper;

/**
 * Writes the hand-offs of accepted complaints to cases-service into the outbox, in the caller's
 * transaction: if the acceptance (or the new evidence) commits, the hand-off will be delivered.
 */
@ApplicationScoped
public class CaseHandOver {

    @Inject
    Outbox outbox;

    @Inject
    ComplaintDeliveryMapper deliveries;

    public void accepted(Complaint complaint, Instant acceptedAt, String acceptedBy) {
        enqueue(CasesHandOffs.COMPLAINT_ACCEPTED, complaint, acceptedAt, acceptedBy);
    }

    /** The complaint again, with what it gained since acceptance; cases-service merges it. */
    public void updated(Complaint complaint) {
        StatusChange acceptance = StatusChange.<StatusChange> find("complaintId = ?1 and toStatus = ?2",
                complaint.id, ComplaintStatus.ACCEPTED).firstResult();
        enqueue(CasesHandOffs.COMPLAINT_UPDATED, complaint, acceptance.changedAt, acceptance.actorSubject);
    }

    private void enqueue(HandOff<ComplaintDelivery> handOff, Complaint complaint, Instant acceptedAt,
            String acceptedBy) {
        outbox.enqueue(handOff, complaint.id, deliveryId -> deliveries.toDelivery(deliveryId, complaint,
                Evidence.ofComplaint(complaint.id), complaint.targetCaseNumber, acceptedAt, acceptedBy));
    }
}
