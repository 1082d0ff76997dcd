package org.sanad.complaints.service;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sanad.commons.audit.AuditLog;
import org.sanad.commons.hashing.Sha256;
import org.sanad.commons.problem.ProblemException;
import org.sanad.commons.problem.ProblemType;
import org.sanad.commons.security.Caller;
import org.sanad.commons.security.Roles;
import org.sanad.commons.time.Timestamps;
import org.sanad.complaints.api.CustodyEventView;
import org.sanad.complaints.api.EvidenceView;
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

    private static final Set<String> DOWNLOADERS = Set.of(
            Roles.INTAKE_OFFICER, Roles.INVESTIGATOR, Roles.SUPERVISOR);

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

    public record Download(Evidence evidence, byte[] bytes) {
    }

    /** Upload by the citizen who filed the complaint or an intake officer of its governorate. */
    @Transactional
    public EvidenceView upload(UUID complaintId, String fileName, String contentType, InputStream body) {
        Complaint complaint = access.load(complaintId);
        if (!access.isFiler(complaint)) {
            access.requireOfficer(complaint, AuditRecords.EVIDENCE_UPLOAD, Set.of(Roles.INTAKE_OFFICER));
        }
        return store(complaint, fileName, contentType, body);
    }

    /** Upload by an anonymous filer, with the tracking number and secret. */
    @Transactional
    public EvidenceView uploadAnonymously(String trackingNumber, String secret, String fileName, String contentType,
            InputStream body) {
        Complaint complaint = tracking.open(trackingNumber, secret, AuditRecords.EVIDENCE_UPLOAD);
        return store(complaint, fileName, contentType, body);
    }

    @Transactional
    public List<EvidenceView> list(UUID complaintId) {
        Complaint complaint = access.load(complaintId);
        access.requireFilerOrOfficer(complaint, AuditRecords.EVIDENCE_LIST);
        return Evidence.ofComplaint(complaint.id).stream().map(mapper::toEvidenceView).toList();
    }

    @Transactional
    public Download download(UUID complaintId, UUID evidenceId) {
        Complaint complaint = access.load(complaintId);
        access.requireOfficer(complaint, AuditRecords.EVIDENCE_DOWNLOAD, DOWNLOADERS);
        Evidence evidence = find(complaint, evidenceId);
        byte[] bytes = EvidenceContent.<EvidenceContent> findById(evidence.id).bytes;
        String actual = Sha256.of(bytes);
        if (!actual.equals(evidence.sha256)) {
            // the stored bytes are no longer what was received: never hand them out as evidence
            Log.errorf("INTEGRITY FAILURE: evidence %s stored hash %s, bytes now hash to %s", evidence.id,
                    evidence.sha256, actual);
            throw new ProblemException(ProblemType.INTERNAL, "evidence.integrity-failure");
        }
        custody(evidence, CustodyAction.DOWNLOADED, actual, null);
        audit.success(AuditRecords.EVIDENCE_DOWNLOAD, AuditRecords.EVIDENCE, evidence.id);
        return new Download(evidence, bytes);
    }

    @Transactional
    public List<CustodyEventView> custodyLog(UUID complaintId, UUID evidenceId) {
        Complaint complaint = access.load(complaintId);
        access.requireOfficer(complaint, AuditRecords.EVIDENCE_CUSTODY, DOWNLOADERS);
        Evidence evidence = find(complaint, evidenceId);
        audit.success(AuditRecords.EVIDENCE_CUSTODY, AuditRecords.EVIDENCE, evidence.id);
        return CustodyEvent.ofEvidence(evidence.id).stream().map(mapper::toCustodyView).toList();
    }

    private EvidenceView store(Complaint complaint, String fileName, String contentType, InputStream body) {
        if (complaint.status == ComplaintStatus.WITHDRAWN || complaint.status == ComplaintStatus.REJECTED
                || complaint.status == ComplaintStatus.DUPLICATE) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, "complaint.closed", complaint.status);
        }
        String name = cleanFileName(fileName);
        String type = allowedContentType(contentType);
        Sha256.Received received = Sha256.read(body, config.evidence().maxBytes());
        if (!EvidenceSignatures.plausible(type, received.bytes())) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "evidence.content-mismatch", type);
        }

        Evidence evidence = new Evidence();
        evidence.id = UUID.randomUUID();
        evidence.complaintId = complaint.id;
        evidence.fileName = name;
        evidence.contentType = type;
        evidence.sizeBytes = received.bytes().length;
        evidence.sha256 = received.sha256();
        evidence.receivedAt = Timestamps.now();
        evidence.receivedBy = caller.subject();
        evidence.persist();

        EvidenceContent content = new EvidenceContent();
        content.evidenceId = evidence.id;
        content.bytes = received.bytes();
        content.persist();

        custody(evidence, CustodyAction.RECEIVED, received.sha256(), null);
        audit.success(AuditRecords.EVIDENCE_UPLOAD, AuditRecords.EVIDENCE, evidence.id);
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
        event.occurredAt = Timestamps.now();
        event.actorSubject = caller.subject();
        event.actorRoles = caller.rolesForAudit();
        event.sha256 = sha256;
        event.note = note;
        event.persist();
    }

    private static Evidence find(Complaint complaint, UUID evidenceId) {
        return Evidence.<Evidence> findByIdOptional(evidenceId)
                .filter(e -> e.complaintId.equals(complaint.id))
                .orElseThrow(() -> ProblemException.notFound("evidence.not-found"));
    }

    private String allowedContentType(String contentType) {
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!config.evidence().allowedContentTypes().contains(type)) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "evidence.type-not-allowed",
                    String.join(", ", config.evidence().allowedContentTypes().stream().sorted().toList()));
        }
        return type;
    }

    /** Keeps only the last path segment and drops control characters; a name is required. */
    static String cleanFileName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw ProblemException.invalidField("fileName", "evidence.file-name.required");
        }
        if (name.length() > 255) {
            throw ProblemException.invalidField("fileName", "evidence.file-name.too-long");
        }
        return name;
    }
}
