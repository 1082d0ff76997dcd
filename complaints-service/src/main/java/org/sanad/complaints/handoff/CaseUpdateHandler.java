package org.sanad.complaints.handoff;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.sanad.audit.AuditLog;
import org.sanad.handoff.HandOffHandler;
import org.sanad.complaints.api.CaseUpdate;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.ComplaintStatus;
import org.sanad.complaints.domain.InvestigationStatus;
import org.sanad.complaints.notify.NotificationQueue;

import io.quarkus.logging.Log;
import org.sanad.complaints.audit.ComplaintsAuditAction;
import org.sanad.complaints.audit.ComplaintsAuditRecord;

/**
 * Applies case progress to the victims' complaints (once per announcement: see the inbox), and
 * never lets an older announcement (delivered late after a retry) overwrite a newer one.
 */
@ApplicationScoped
public class CaseUpdateHandler implements HandOffHandler<CaseUpdate> {

    @Inject
    AuditLog audit;

    @Inject
    NotificationQueue notifications;

    @Override
    public Class<CaseUpdate> messageType() {
        return CaseUpdate.class;
    }

    @Override
    public String sender() {
        return "cases-service";
    }

    @Override
    @Transactional(TxType.MANDATORY)
    public void apply(CaseUpdate update) {
        List<Complaint> complaints = Complaint.list("id in ?1", update.complaintIds());
        if (complaints.size() < update.complaintIds().size()) {
            Log.warnf("Case %s announced complaints unknown here: %d of %d found", update.caseNumber(),
                    complaints.size(), update.complaintIds().size());
        }
        for (Complaint complaint : complaints) {
            boolean newer = complaint.investigationUpdatedAt == null
                    || !update.changedAt().isBefore(complaint.investigationUpdatedAt);
            if (complaint.status == ComplaintStatus.ACCEPTED && newer) {
                InvestigationStatus before = complaint.investigationStatus;
                complaint.caseId = update.caseId();
                complaint.caseNumber = update.caseNumber();
                complaint.investigationStatus = update.investigationStatus();
                complaint.investigationUpdatedAt = update.changedAt();
                // the retention clock starts when the case closes (not at later news of it, a hold say)
                if (update.investigationStatus() != InvestigationStatus.CLOSED) {
                    complaint.retentionFrom = null;
                } else if (before != InvestigationStatus.CLOSED || complaint.retentionFrom == null) {
                    complaint.retentionFrom = update.changedAt();
                }
                complaint.caseEvidenceHeld = update.held();
                complaint.updatedAt = update.changedAt().isAfter(complaint.updatedAt) ? update.changedAt()
                        : complaint.updatedAt;
                if (before != update.investigationStatus()) {
                    notifications.investigationChanged(complaint, update.investigationStatus(), update.changedAt());
                }
                audit.success(ComplaintsAuditAction.COMPLAINT_CASE_UPDATE, ComplaintsAuditRecord.COMPLAINT, complaint.id);
            }
        }
    }
}
