package org.sanad.complaints.service;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.commons.audit.AuditLog;
import org.sanad.commons.problem.ProblemException;
import org.sanad.commons.security.Caller;
import org.sanad.commons.security.Roles;
import org.sanad.complaints.domain.Complaint;

/**
 * Record-level access on top of the endpoints' role checks: a citizen reaches only their own
 * complaints, an officer only those of the governorate they serve. Every refusal is audited. A
 * citizen is told a foreign complaint does not exist; an officer is told it is out of scope.
 */
@ApplicationScoped
public class ComplaintAccess {

    public static final Set<String> CASEWORKERS = Set.of(Roles.INTAKE_OFFICER, Roles.SUPERVISOR, Roles.INVESTIGATOR);

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    public Complaint load(UUID id) {
        return Complaint.<Complaint> findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("complaint.not-found"));
    }

    public boolean isFiler(Complaint complaint) {
        return caller.hasRole(Roles.CITIZEN) && complaint.isFiledBy(caller.subject());
    }

    /** Whether the caller holds one of {@code roles} and serves the complaint's governorate. */
    public boolean isOfficerFor(Complaint complaint, Set<String> roles) {
        return roles.stream().anyMatch(caller::hasRole) && caller.servesGovernorate(complaint.governorate);
    }

    public void requireFilerOrOfficer(Complaint complaint, String action) {
        if (!isFiler(complaint) && !isOfficerFor(complaint, CASEWORKERS)) {
            refuse(complaint, action);
        }
    }

    public void requireFiler(Complaint complaint, String action) {
        if (!isFiler(complaint)) {
            refuse(complaint, action);
        }
    }

    public void requireOfficer(Complaint complaint, String action, Set<String> roles) {
        if (!isOfficerFor(complaint, roles)) {
            refuse(complaint, action);
        }
    }

    private void refuse(Complaint complaint, String action) {
        audit.denied(action, AuditRecords.COMPLAINT, complaint.id);
        if (CASEWORKERS.stream().anyMatch(caller::hasRole)) {
            throw ProblemException.forbidden("complaint.outside-governorate");
        }
        throw ProblemException.notFound("complaint.not-found");
    }
}
