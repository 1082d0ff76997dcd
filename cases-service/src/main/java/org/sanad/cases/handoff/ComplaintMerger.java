package org.sanad.cases.handoff;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.sanad.audit.AuditLog;
import org.sanad.core.time.Timestamps;
import org.sanad.cases.api.ComplaintDelivery;
import org.sanad.cases.domain.CaseComplaint;
import org.sanad.cases.domain.CaseIdentifier;
import org.sanad.cases.domain.EvidenceItem;
import org.sanad.cases.domain.IdentifierSource;
import org.sanad.cases.domain.InvestigationCase;
import org.sanad.cases.service.CorrelationService;
import org.sanad.cases.service.IdentifierIndex;
import org.sanad.cases.audit.CasesAuditAction;
import org.sanad.cases.audit.CasesAuditRecord;

/**
 * A complaint already linked arrives again (complaints-service sends it when it gains evidence
 * after acceptance): each of its cases takes only the evidence and identifiers it does not have.
 */
@ApplicationScoped
public class ComplaintMerger {

    @Inject
    IdentifierIndex index;

    @Inject
    CorrelationService correlations;

    @Inject
    DeliveryRecords records;

    @Inject
    AuditLog audit;

    @Transactional(TxType.MANDATORY)
    public void merge(ComplaintDelivery delivery) {
        Instant now = Timestamps.now();
        for (CaseComplaint link : CaseComplaint.<CaseComplaint> list("complaintId = ?1 order by linkedAt, id",
                delivery.complaintId())) {
            merge(InvestigationCase.findById(link.caseId), delivery, now);
        }
    }

    private void merge(InvestigationCase investigation, ComplaintDelivery delivery, Instant now) {
        int added = 0;
        for (ComplaintDelivery.EvidenceReference reference : delivery.evidence()) {
            if (EvidenceItem.count("caseId = ?1 and complaintEvidenceId = ?2", investigation.id,
                    reference.evidenceId()) == 0) {
                records.referenceEvidence(investigation, delivery, reference, now);
                added++;
            }
        }
        List<IdentifierIndex.Entry> known = IdentifierIndex.ofSource(investigation.id, delivery.complaintId()).stream()
                .map(i -> new IdentifierIndex.Entry(i.type, i.rawValue)).toList();
        List<IdentifierIndex.Entry> fresh = DeliveryRecords.identifiers(delivery).stream()
                .filter(e -> !known.contains(e)).toList();
        if (!fresh.isEmpty()) {
            List<CaseIdentifier> indexed = index.add(investigation.id, IdentifierSource.COMPLAINT,
                    delivery.complaintId(), fresh, now);
            correlations.flagMatches(investigation, delivery.complaintId(), indexed, now);
        }
        if (added > 0 || !fresh.isEmpty()) {
            investigation.updatedAt = now;
            records.note(investigation, "Complaint " + delivery.trackingNumber() + " brought " + added
                    + " evidence file(s) and " + fresh.size() + " identifier(s)", now);
            audit.success(CasesAuditAction.CASE_COMPLAINT_LINK, CasesAuditRecord.CASE, investigation.id);
        }
    }
}
