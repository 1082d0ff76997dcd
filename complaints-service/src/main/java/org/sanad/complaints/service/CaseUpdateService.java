package org.sanad.complaints.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sanad.commons.audit.AuditLog;
import org.sanad.commons.outbox.ProcessedMessages;
import org.sanad.complaints.api.CaseUpdateInput;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.ComplaintStatus;

import io.quarkus.logging.Log;

/**
 * Applies case progress to the victims' complaints, once per announcement, and never lets an
 * older announcement (delivered late after a retry) overwrite a newer one.
 */
@ApplicationScoped
public class CaseUpdateService {

    @Inject
    ProcessedMessages processed;

    @Inject
    AuditLog audit;

    @Transactional
    public void apply(CaseUpdateInput update) {
        if (!processed.firstDelivery(update.deliveryId())) {
            return;
        }
        List<Complaint> complaints = Complaint.list("id in ?1", update.complaintIds());
        if (complaints.size() < update.complaintIds().size()) {
            Log.warnf("Case %s announced complaints unknown here: %d of %d found", update.caseNumber(),
                    complaints.size(), update.complaintIds().size());
        }
        for (Complaint complaint : complaints) {
            boolean newer = complaint.investigationUpdatedAt == null
                    || !update.changedAt().isBefore(complaint.investigationUpdatedAt);
            if (complaint.status == ComplaintStatus.ACCEPTED && newer) {
                complaint.caseNumber = update.caseNumber();
                complaint.investigationStatus = update.investigationStatus();
                complaint.investigationUpdatedAt = update.changedAt();
                complaint.updatedAt = update.changedAt().isAfter(complaint.updatedAt) ? update.changedAt()
                        : complaint.updatedAt;
                audit.success(AuditRecords.CASE_UPDATE, AuditRecords.COMPLAINT, complaint.id);
            }
        }
    }
}
