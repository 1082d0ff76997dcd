package org.sanad.cases.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.commons.handoff.Outbox;
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
        if (complaintIds.isEmpty()) {
            return;
        }
        outbox.enqueue(ComplaintsHandOffs.CASE_STATUS, investigation.id, deliveryId -> new CaseUpdate(deliveryId,
                investigation.id, investigation.caseNumber, complaintIds, investigation.status.publicStatus(), at));
    }
}
