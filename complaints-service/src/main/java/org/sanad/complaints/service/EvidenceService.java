package org.sanad.complaints.service;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sanad.commons.audit.AuditAction;
import org.sanad.commons.audit.AuditLog;
import org.sanad.commons.audit.AuditRecordType;
import org.sanad.commons.evidence.EvidenceIntake;
import org.sanad.commons.hashing.Sha256;
import org.sanad.commons.problem.ProblemException;
import org.sanad.commons.problem.ProblemType;
import org.sanad.commons.security.Caller;
import org.sanad.commons.time.Timestamps;
import org.sanad.complaints.api.CustodyEventView;
import org.sanad.complaints.api.EvidenceView;
import org.sanad.complaints.client.ComplaintDelivery;
import org.sanad.complaints.config.IntakeConfig;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.ComplaintStatus;
import org.sanad.complaints.domain.CustodyAction;
import org.sanad.complaints.domain.CustodyEvent;
import org.sanad.complaints.domain.Evidence;
import org.sanad.complaints.domain.EvidenceContent;
import org.sanad.complaints.mapping.ComplaintMapper;

import io.quarkus.logging.Log;

/**
 * Evidence files: hashed with SHA-256 while they stream in, stored with their hash, and handed
 * out only after the stored bytes are checked against it. Each handling is a custody record.
 */
@ApplicationScoped
public class EvidenceService {

    @Inject
    IntakeConfig config;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    ComplaintAccess access;

    @Inject
    TrackingService tracking;

    @Inject
    ComplaintMapper mapper;

    @Inject
    CaseHandOver handOver;

    public record Download(EvidenceView evidence, byte[] bytes) {
    }

    /** Upload by the citizen who filed the complaint or an intake officer of its governorate. */
    @Transactional
    public EvidenceView upload(UUID complaintId, String fileName, String contentType, InputStream body) {
        Complaint complaint = access.load(complaintId);
        access.requireAddEvidence(complaint, AuditAction.EVIDENCE_UPLOAD);
        return store(complaint, fileName, contentType, body);
    }

    /** Upload by an anonymous filer, with the tracking number and secret. */
    @Transactional
    public EvidenceView uploadAnonymously(String trackingNumber, String secret, String fileName, String contentType,
            InputStream body) {
        Complaint complaint = tracking.open(trackingNumber, secret, AuditAction.EVIDENCE_UPLOAD);
        return store(complaint, fileName, contentType, body);
    }

    @Transactional
    public List<EvidenceView> list(UUID complaintId) {
        Complaint complaint = access.load(complaintId);
        access.requireRead(complaint, AuditAction.EVIDENCE_LIST);
        return Evidence.ofComplaint(complaint.id).stream().map(mapper::toEvidenceView).toList();
    }

    @Transactional
    public Download download(UUID complaintId, UUID evidenceId) {
        Complaint complaint = access.load(complaintId);
        access.requireDownloadEvidence(complaint, AuditAction.EVIDENCE_DOWNLOAD);
        Evidence evidence = find(complaint, evidenceId);
        byte[] bytes = EvidenceContent.<EvidenceContent> findById(evidence.id).bytes;
        String actual = Sha256.of(bytes);
        if (!actual.equals(evidence.sha256)) {
            // the stored bytes are no longer what was received: never hand them out as evidence
            Log.errorf("INTEGRITY FAILURE: evidence %s stored hash %s, bytes now hash to %s", evidence.id,
                    evidence.sha256, actual);
            throw new ProblemException(ProblemType.INTEGRITY_FAILURE, "evidence.integrity-failure");
        }
        custody(evidence, CustodyAction.DOWNLOADED, actual, null);
        audit.success(AuditAction.EVIDENCE_DOWNLOAD, AuditRecordType.EVIDENCE, evidence.id);
        return new Download(mapper.toEvidenceView(evidence), bytes);
    }

    @Transactional
    public List<CustodyEventView> custodyLog(UUID complaintId, UUID evidenceId) {
        Complaint complaint = access.load(complaintId);
        access.requireWorkOn(complaint, AuditAction.EVIDENCE_CUSTODY_READ);
        Evidence evidence = find(complaint, evidenceId);
        audit.success(AuditAction.EVIDENCE_CUSTODY_READ, AuditRecordType.EVIDENCE, evidence.id);
        return CustodyEvent.ofEvidence(evidence.id).stream().map(mapper::toCustodyView).toList();
    }

    private EvidenceView store(Complaint complaint, String fileName, String contentType, InputStream body) {
        if (complaint.status == ComplaintStatus.WITHDRAWN || complaint.status == ComplaintStatus.REJECTED
                || complaint.status == ComplaintStatus.DUPLICATE) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, "complaint.closed", complaint.status);
        }
        if (Evidence.count("complaintId", complaint.id) >= ComplaintDelivery.MAX_EVIDENCE) {
            throw new ProblemException(ProblemType.LIMIT_REACHED, "evidence.too-many", ComplaintDelivery.MAX_EVIDENCE);
        }
        EvidenceIntake.ReceivedFile received = new EvidenceIntake(config.evidence().allowedContentTypes(),
                config.evidence().maxBytes()).receive(fileName, contentType, body);

        Evidence evidence = new Evidence();
        evidence.id = UUID.randomUUID();
        evidence.complaintId = complaint.id;
        evidence.fileName = received.fileName();
        evidence.contentType = received.contentType();
        evidence.sizeBytes = received.size();
        evidence.sha256 = received.sha256();
        evidence.receivedAt = Timestamps.now();
        evidence.receivedBy = caller.subject();
        evidence.persist();

        EvidenceContent content = new EvidenceContent();
        content.evidenceId = evidence.id;
        content.bytes = received.bytes();
        content.persist();

        custody(evidence, CustodyAction.RECEIVED, received.sha256(), null);
        audit.success(AuditAction.EVIDENCE_UPLOAD, AuditRecordType.EVIDENCE, evidence.id);
        if (complaint.status == ComplaintStatus.ACCEPTED) {
            handOver.updated(complaint);
        }
        return mapper.toEvidenceView(evidence);
    }

    private void custody(Evidence evidence, CustodyAction action, String sha256, String note) {
        CustodyEvent event = new CustodyEvent();
        event.id = UUID.randomUUID();
        event.evidenceId = evidence.id;
        event.action = action;
        event.stamp(caller, Timestamps.now());
        event.sha256 = sha256;
        event.note = note;
        event.persist();
    }

    private static Evidence find(Complaint complaint, UUID evidenceId) {
        return Evidence.<Evidence> findByIdOptional(evidenceId)
                .filter(e -> e.complaintId.equals(complaint.id))
                .orElseThrow(() -> ProblemException.notFound("evidence.not-found"));
    }

}
