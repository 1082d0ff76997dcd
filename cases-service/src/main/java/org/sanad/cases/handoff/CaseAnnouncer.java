package org.sanad.cases.handoff;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.handoff.Outbox;
import org.sanad.cases.client.CaseUpdate;
import org.sanad.cases.client.ComplaintsHandOffs;
import org.sanad.cases.domain.CaseComplaint;
import org.sanad.cases.domain.InvestigationCase;

/** Tells complaints-service, through the outbox, where the victims' cases stand. */
@ApplicationScoped
public class CaseAnnouncer {

    @Inject
    Outbox outbox;

    /** To the victims of every complaint of the case. */
    public void announce(InvestigationCase investigation, Instant at) {
        List<UUID> complaints = CaseComplaint.ofCase(investigation.id).stream().map(c -> c.complaintId).toList();
        announce(investigation, complaints, at);
    }

    public void announce(InvestigationCase investigation, List<UUID> complaintIds, Instant at) {
        // a case with more complaints than one announcement may carry is announced in several
        for (int from = 0; from < complaintIds.size(); from += CaseUpdate.MAX_COMPLAINTS) {
            List<UUID> batch = List.copyOf(complaintIds.subList(from,
                    Math.min(from + CaseUpdate.MAX_COMPLAINTS, complaintIds.size())));
            outbox.enqueue(ComplaintsHandOffs.CASE_STATUS, investigation.id, deliveryId -> new CaseUpdate(deliveryId,
                    investigation.id, investigation.caseNumber, batch, investigation.status.publicStatus(), at, investigation.isHeld()));
        }
    }
}
