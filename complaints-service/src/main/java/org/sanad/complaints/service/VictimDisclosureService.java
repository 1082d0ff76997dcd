package org.sanad.complaints.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sanad.commons.audit.AuditAction;
import org.sanad.commons.audit.AuditLog;
import org.sanad.commons.audit.AuditRecordType;
import org.sanad.commons.problem.ProblemException;
import org.sanad.commons.problem.ProblemType;
import org.sanad.commons.security.Caller;
import org.sanad.commons.time.Timestamps;
import org.sanad.complaints.access.ComplaintAccess;
import org.sanad.complaints.api.DisclosureRequest;
import org.sanad.complaints.api.VictimIdentity;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.ComplaintStatus;
import org.sanad.complaints.domain.VictimDisclosure;
import org.sanad.complaints.mapping.ComplaintMapper;

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
        access.requireDiscloseVictim(complaint, AuditAction.VICTIM_IDENTITY_DISCLOSE);
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
        audit.success(AuditAction.VICTIM_IDENTITY_DISCLOSE, AuditRecordType.COMPLAINT, complaint.id);
        return mapper.toVictimIdentity(complaint, now);
    }
}
