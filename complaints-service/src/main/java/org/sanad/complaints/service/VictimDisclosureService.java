package org.sanad.complaints.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sanad.audit.AuditLog;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;
import org.sanad.core.identity.Caller;
import org.sanad.core.time.Timestamps;
import org.sanad.complaints.access.ComplaintAccess;
import org.sanad.complaints.api.DisclosureRequest;
import org.sanad.complaints.api.VictimIdentity;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.ComplaintStatus;
import org.sanad.complaints.domain.VictimDisclosure;
import org.sanad.complaints.mapping.ComplaintMapper;
import org.sanad.complaints.audit.ComplaintsAuditAction;
import org.sanad.complaints.audit.ComplaintsAuditRecord;

/**
 * A victim's identity for a court: only for a complaint taken into a case, only to the clients
 * allowed to ask on a court's behalf, and never without the disclosure and its reason recorded
 * in the same transaction.
 */
@ApplicationScoped
public class VictimDisclosureService {

    @Inject
    ComplaintAccess access;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    ComplaintMapper mapper;

    @Transactional
    public VictimIdentity disclose(UUID complaintId, DisclosureRequest request) {
        Complaint complaint = access.load(complaintId);
        access.requireDiscloseVictim(complaint, ComplaintsAuditAction.VICTIM_IDENTITY_DISCLOSE);
        if (complaint.status != ComplaintStatus.ACCEPTED) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, "disclosure.not-accepted", complaint.status);
        }
        Instant now = Timestamps.now();
        VictimDisclosure disclosure = new VictimDisclosure();
        disclosure.id = UUID.randomUUID();
        disclosure.complaintId = complaint.id;
        disclosure.courtCode = request.courtCode();
        disclosure.referenceNumber = request.referenceNumber();
        disclosure.reason = request.reason();
        disclosure.stamp(caller, now);
        disclosure.persist();
        audit.success(ComplaintsAuditAction.VICTIM_IDENTITY_DISCLOSE, ComplaintsAuditRecord.COMPLAINT, complaint.id);
        return mapper.toVictimIdentity(complaint, now);
    }
}
