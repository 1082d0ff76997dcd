package org.sanad.complaints.access;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.core.audit.AuditAction;
import org.sanad.audit.AuditLog;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.identity.Caller;
import org.sanad.kernel.security.GovernorateScope;
import org.sanad.kernel.security.Roles;
import org.sanad.complaints.config.IntakeConfig;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.ComplaintStatus;
import org.sanad.complaints.audit.ComplaintsAuditRecord;

/**
 * Record-level access to complaints, on top of the endpoints' role checks: a citizen reaches only
 * their own complaints, an officer only those of the governorate they serve. Every refusal is
 * audited. A citizen is told a foreign complaint does not exist; an officer that it is out of
 * scope.
 */
@ApplicationScoped
public class ComplaintAccess {

    @Inject
    Caller caller;

    @Inject
    GovernorateScope scope;

    @Inject
    AuditLog audit;

    @Inject
    IntakeConfig config;

    public Complaint load(UUID id) {
        return Complaint.<Complaint> findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("complaint.not-found"));
    }

    /** Supplement, withdraw: the citizen who filed it. */
    public boolean canActAsFiler(Complaint complaint) {
        return caller.hasRole(Roles.CITIZEN) && complaint.isFiledBy(caller.subject());
    }

    public void requireFiler(Complaint complaint, AuditAction action) {
        if (!canActAsFiler(complaint)) {
            refuse(complaint, action);
        }
    }

    /** Officer's view (internal notes, evidence files, custody): police officers of its governorate. */
    public boolean canWorkOn(Complaint complaint) {
        return scope.canWork(Roles.POLICE_OFFICERS, complaint.governorate);
    }

    public void requireWorkOn(Complaint complaint, AuditAction action) {
        if (!canWorkOn(complaint)) {
            refuse(complaint, action);
        }
    }

    /**
     * Download evidence: police officers of its governorate, and the clients named in
     * {@code intake.evidence-clients} (cases-service releasing an item to a court) once the
     * complaint was accepted, and so handed to an investigation; never a complaint still in intake.
     */
    public boolean canDownloadEvidence(Complaint complaint) {
        return canWorkOn(complaint)
                || complaint.status == ComplaintStatus.ACCEPTED && caller.isServiceClientOf(config.evidenceClients());
    }

    public void requireDownloadEvidence(Complaint complaint, AuditAction action) {
        if (!canDownloadEvidence(complaint)) {
            refuse(complaint, action);
        }
    }

    /** Disclose the victim's identity to a court: the service clients named in {@code intake.disclosure-clients}. */
    public boolean canDiscloseVictim() {
        return caller.isServiceClientOf(config.disclosureClients());
    }

    public void requireDiscloseVictim(Complaint complaint, AuditAction action) {
        if (!canDiscloseVictim()) {
            throw ProblemException.forbidden("disclosure.client-not-allowed").audited(action,
                    ComplaintsAuditRecord.COMPLAINT, complaint.id);
        }
    }

    /** Read the complaint, its history and evidence list: its filer, or police officers of its governorate. */
    public boolean canRead(Complaint complaint) {
        return canActAsFiler(complaint) || canWorkOn(complaint);
    }

    public void requireRead(Complaint complaint, AuditAction action) {
        if (!canRead(complaint)) {
            refuse(complaint, action);
        }
    }

    /** Triage: intake officers of its governorate. */
    public boolean canTriage(Complaint complaint) {
        return scope.canWork(Roles.INTAKE_OFFICER, complaint.governorate);
    }

    public void requireTriage(Complaint complaint, AuditAction action) {
        if (!canTriage(complaint)) {
            refuse(complaint, action);
        }
    }

    /** Set or release a legal hold on its evidence: supervisors of its governorate. */
    public boolean canSupervise(Complaint complaint) {
        return scope.canWork(Roles.SUPERVISOR, complaint.governorate);
    }

    public void requireSupervise(Complaint complaint, AuditAction action) {
        if (!canSupervise(complaint)) {
            refuse(complaint, action);
        }
    }

    /** Add evidence: its filer, or intake officers of its governorate. */
    public boolean canAddEvidence(Complaint complaint) {
        return canActAsFiler(complaint) || canTriage(complaint);
    }

    public void requireAddEvidence(Complaint complaint, AuditAction action) {
        if (!canAddEvidence(complaint)) {
            refuse(complaint, action);
        }
    }

    /**
     * Follow the messages sent to the victim (their events and status, never the contact or the
     * text): its filer, or intake officers and supervisors of its governorate.
     */
    public boolean canReadNotifications(Complaint complaint) {
        return canActAsFiler(complaint) || scope.canWork(NOTIFICATION_READERS, complaint.governorate);
    }

    public void requireReadNotifications(Complaint complaint, AuditAction action) {
        if (!canReadNotifications(complaint)) {
            refuse(complaint, action);
        }
    }

    private static final Set<String> NOTIFICATION_READERS = Set.of(Roles.INTAKE_OFFICER, Roles.SUPERVISOR);

    private void refuse(Complaint complaint, AuditAction action) {
        if (caller.holdsAny(Roles.POLICE_OFFICERS)) {
            scope.refuse(action, ComplaintsAuditRecord.COMPLAINT, complaint.id);
        }
        throw ProblemException.notFound("complaint.not-found").audited(action, ComplaintsAuditRecord.COMPLAINT, complaint.id);
    }
}
