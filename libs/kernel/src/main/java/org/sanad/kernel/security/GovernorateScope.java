package org.sanad.kernel.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.core.audit.AuditAction;
import org.sanad.core.audit.AuditRecordType;
import org.sanad.core.identity.Caller;
import org.sanad.kernel.jurisdiction.Jurisdiction;
import org.sanad.core.problem.ProblemException;

/**
 * The officers' governorate scope, the same in every service: an officer works on the records
 * of the governorate they serve, a national unit ({@code governorate=NATIONAL}) on all. Each
 * service's access class builds its {@code can…} / {@code require…} pairs on {@link #canWork}
 * and {@link #refuse}, which answers 403 and has the refusal audited once the refused request's
 * transaction is over.
 */
@ApplicationScoped
public class GovernorateScope {

    @Inject
    Caller caller;

    @Inject
    Jurisdiction jurisdiction;

    /** Granted to a caller holding one of {@code roles} and serving {@code governorate} (or national). */
    public boolean canWork(Set<String> roles, String governorate) {
        return caller.holdsAny(roles) && caller.servesGovernorate(governorate);
    }

    /** Granted to a caller holding {@code role} and serving {@code governorate} (or national). */
    public boolean canWork(String role, String governorate) {
        return caller.hasRole(role) && caller.servesGovernorate(governorate);
    }

    /**
     * The governorate a list is filtered to: the requested one, which must exist and be served by
     * the caller; by default the caller's own; null (every governorate) for a national unit that
     * names none.
     */
    public String listScope(String requested) {
        String own = caller.governorate().orElseThrow(() -> ProblemException.forbidden("officer.no-governorate"));
        if (requested == null || requested.isBlank()) {
            return caller.isNational() ? null : own;
        }
        if (!jurisdiction.hasRegion(requested)) {
            throw ProblemException.invalidField("governorate", "governorate.unknown");
        }
        if (!caller.servesGovernorate(requested)) {
            throw ProblemException.forbidden("scope.outside-governorate");
        }
        return requested;
    }

    /** Answers 403 {@code forbidden}; the refusal is audited when the problem is answered. */
    public ProblemException refuse(AuditAction action, AuditRecordType recordType, Object recordId) {
        throw ProblemException.forbidden("scope.outside-governorate").audited(action, recordType, recordId);
    }
}
