package org.sanad.cases.handoff;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.sanad.cases.access.CaseAccess;
import org.sanad.cases.api.ReferralUpdate;
import org.sanad.cases.domain.CaseAction;
import org.sanad.cases.domain.InvestigationCase;
import org.sanad.cases.service.CaseLifecycle;
import org.sanad.audit.AuditLog;
import org.sanad.handoff.HandOffHandler;
import org.sanad.core.time.Timestamps;
import org.sanad.cases.audit.CasesAuditAction;
import org.sanad.cases.audit.CasesAuditRecord;

/**
 * Applies a court step reported by referrals-service (once per report, see the inbox): an entry
 * on the case's timeline and, for referral, hearing and decision, the case's status, which the
 * victims' complaints are told. Reports arriving out of order never move a case backwards.
 */
@ApplicationScoped
public class ReferralUpdateHandler implements HandOffHandler<ReferralUpdate> {

    @Inject
    CaseAccess access;

    @Inject
    CaseLifecycle lifecycle;

    @Inject
    AuditLog audit;

    @Override
    public Class<ReferralUpdate> messageType() {
        return ReferralUpdate.class;
    }

    @Override
    public String sender() {
        return "referrals-service";
    }

    @Override
    @Transactional(TxType.MANDATORY)
    public void apply(ReferralUpdate update) {
        InvestigationCase investigation = access.load(update.caseId());
        CaseAction entry = new CaseAction();
        entry.id = UUID.randomUUID();
        entry.caseId = investigation.id;
        entry.type = update.step().timelineEntry();
        entry.occurredAt = update.occurredAt();
        entry.recordedAt = Timestamps.now();
        entry.officer = AuditLog.SYSTEM;
        entry.place = update.courtName();
        entry.unit = update.courtCode();
        entry.details = "Referral " + update.referenceNumber() + " v" + update.version()
                + (update.details() == null || update.details().isBlank() ? "" : ": " + update.details());
        entry.persist();
        investigation.updatedAt = entry.recordedAt;
        lifecycle.courtStep(investigation, update.step().caseStatus(), update.occurredAt());
        audit.success(CasesAuditAction.CASE_COURT_UPDATE, CasesAuditRecord.CASE, investigation.id);
    }
}
