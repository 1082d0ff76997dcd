package org.sanad.cases.service;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.commons.audit.AuditLog;
import org.sanad.commons.problem.ProblemException;
import org.sanad.commons.security.Caller;
import org.sanad.commons.security.Roles;
import org.sanad.cases.domain.InvestigationCase;

/**
 * Record-level access: investigators and supervisors work on the cases of the governorate they
 * serve; national units ({@code governorate=NATIONAL}) on all. Refusals are audited.
 */
@ApplicationScoped
public class CaseAccess {

    public static final Set<String> CASEWORKERS = Set.of(Roles.INVESTIGATOR, Roles.SUPERVISOR);

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    public InvestigationCase load(UUID id) {
        return InvestigationCase.<InvestigationCase> findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("case.not-found"));
    }

    /** Loads the case and checks the caller holds one of {@code roles} for its governorate. */
    public InvestigationCase loadFor(UUID id, String action, Set<String> roles) {
        InvestigationCase investigation = load(id);
        boolean allowed = roles.stream().anyMatch(caller::hasRole) && caller.servesGovernorate(investigation.governorate);
        if (!allowed) {
            audit.denied(action, AuditRecords.CASE, investigation.id);
            throw ProblemException.forbidden("case.outside-governorate");
        }
        return investigation;
    }
}
