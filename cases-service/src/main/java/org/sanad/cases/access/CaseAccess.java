package org.sanad.cases.access;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.core.audit.AuditAction;
import org.sanad.core.problem.ProblemException;
import org.sanad.kernel.security.GovernorateScope;
import org.sanad.kernel.security.Roles;
import org.sanad.cases.domain.InvestigationCase;
import org.sanad.cases.audit.CasesAuditRecord;

/**
 * Record-level access to cases, on top of the endpoints' role checks: officers work on the cases
 * of the governorate they serve ({@link GovernorateScope}). Refusals are audited.
 */
@ApplicationScoped
public class CaseAccess {

    @Inject
    GovernorateScope scope;

    public InvestigationCase load(UUID id) {
        return InvestigationCase.<InvestigationCase> findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("case.not-found"));
    }

    /** Read the case, move its status, decide its correlations: investigators and supervisors of its governorate. */
    public boolean canWorkOn(InvestigationCase investigation) {
        return scope.canWork(Roles.CASE_OFFICERS, investigation.governorate);
    }

    public void requireWorkOn(InvestigationCase investigation, AuditAction action) {
        if (!canWorkOn(investigation)) {
            scope.refuse(action, CasesAuditRecord.CASE, investigation.id);
        }
    }

    /** Record suspects, actions and evidence: investigators of the case's governorate. */
    public boolean canInvestigate(InvestigationCase investigation) {
        return scope.canWork(Roles.INVESTIGATOR, investigation.governorate);
    }

    public void requireInvestigate(InvestigationCase investigation, AuditAction action) {
        if (!canInvestigate(investigation)) {
            scope.refuse(action, CasesAuditRecord.CASE, investigation.id);
        }
    }

    /** Assign the lead investigator: supervisors of the case's governorate. */
    public boolean canSupervise(InvestigationCase investigation) {
        return scope.canWork(Roles.SUPERVISOR, investigation.governorate);
    }

    public void requireSupervise(InvestigationCase investigation, AuditAction action) {
        if (!canSupervise(investigation)) {
            scope.refuse(action, CasesAuditRecord.CASE, investigation.id);
        }
    }

    /** Read what a referral to court needs (suspects, arrests, evidence manifest): prosecutors of the case's governorate. */
    public boolean canPrepareReferral(InvestigationCase investigation) {
        return scope.canWork(Roles.PROSECUTOR, investigation.governorate);
    }

    public void requirePrepareReferral(InvestigationCase investigation, AuditAction action) {
        if (!canPrepareReferral(investigation)) {
            scope.refuse(action, CasesAuditRecord.CASE, investigation.id);
        }
    }

    public InvestigationCase loadToWorkOn(UUID id, AuditAction action) {
        InvestigationCase investigation = load(id);
        requireWorkOn(investigation, action);
        return investigation;
    }

    public InvestigationCase loadToInvestigate(UUID id, AuditAction action) {
        InvestigationCase investigation = load(id);
        requireInvestigate(investigation, action);
        return investigation;
    }

    public InvestigationCase loadToSupervise(UUID id, AuditAction action) {
        InvestigationCase investigation = load(id);
        requireSupervise(investigation, action);
        return investigation;
    }
}
