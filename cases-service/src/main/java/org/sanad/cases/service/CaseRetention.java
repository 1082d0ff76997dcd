package org.sanad.cases.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sanad.audit.AuditLog;
import org.sanad.core.problem.ProblemException;
import org.sanad.evidence.retention.LegalHold;
import org.sanad.evidence.retention.LegalHoldInput;
import org.sanad.evidence.retention.LegalHoldView;
import org.sanad.evidence.retention.LegalHolds;
import org.sanad.core.identity.Caller;
import org.sanad.core.time.Timestamps;
import org.sanad.cases.access.CaseAccess;
import org.sanad.cases.domain.InvestigationCase;
import org.sanad.cases.handoff.CaseAnnouncer;
import org.sanad.cases.audit.CasesAuditRecord;
import org.sanad.evidence.retention.RetentionAuditAction;

/**
 * Legal holds on the files of a case: while one is set the case's evidence is kept past its
 * retention period ({@link org.sanad.cases.jobs.EvidencePurgeJob} passes it by). A hold is told
 * to complaints-service with the case's next announcement (the same outbox), which then keeps the
 * complaints' own files too.
 */
@ApplicationScoped
public class CaseRetention implements LegalHolds {

    @Inject
    CaseAccess access;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    CaseAnnouncer announcer;

    @Override
    @Transactional
    public LegalHoldView read(UUID caseId) {
        InvestigationCase investigation = access.loadToWorkOn(caseId, RetentionAuditAction.LEGAL_HOLD_READ);
        if (!investigation.isHeld()) {
            throw ProblemException.notFound("legal-hold.not-set");
        }
        return LegalHoldView.of(investigation.legalHold);
    }

    @Override
    @Transactional
    public LegalHoldView place(UUID caseId, LegalHoldInput input) {
        InvestigationCase investigation = access.loadToSupervise(caseId, RetentionAuditAction.LEGAL_HOLD_PLACE);
        boolean news = !investigation.isHeld();
        if (investigation.legalHold == null) {
            investigation.legalHold = new LegalHold();
        }
        Instant now = Timestamps.now();
        investigation.legalHold.place(caller, input.reason(), now);
        audit.success(RetentionAuditAction.LEGAL_HOLD_PLACE, CasesAuditRecord.CASE, investigation.id);
        if (news) {
            announcer.announce(investigation, now);
        }
        return LegalHoldView.of(investigation.legalHold);
    }

    @Override
    @Transactional
    public void release(UUID caseId) {
        InvestigationCase investigation = access.loadToSupervise(caseId, RetentionAuditAction.LEGAL_HOLD_RELEASE);
        if (investigation.isHeld()) {
            investigation.legalHold.release();
            audit.success(RetentionAuditAction.LEGAL_HOLD_RELEASE, CasesAuditRecord.CASE, investigation.id);
            announcer.announce(investigation, Timestamps.now());
        }
    }
}
