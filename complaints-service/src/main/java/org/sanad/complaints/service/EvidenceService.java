package org.sanad.complaints.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.sanad.core.observability.EvidenceIntegrityFailures;
import org.sanad.audit.AuditLog;
import org.sanad.evidence.EvidenceIntake;
import org.sanad.evidence.store.EvidenceIntegrityException;
import org.sanad.evidence.store.EvidenceStore;
import org.sanad.evidence.store.StoredFile;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;
import org.sanad.core.identity.Caller;
import org.sanad.core.time.Timestamps;
import org.sanad.complaints.access.ComplaintAccess;
import org.sanad.complaints.api.CustodyEventView;
import org.sanad.complaints.api.EvidenceView;
import org.sanad.complaints.client.ComplaintDelivery;
import org.sanad.complaints.config.IntakeConfig;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.ComplaintStatus;
import org.sanad.complaints.domain.CustodyAction;
import org.sanad.complaints.domain.CustodyEvent;
import org.sanad.complaints.domain.Evidence;
import org.sanad.complaints.handoff.CaseHandOver;
import org.sanad.complaints.mapping.ComplaintMapper;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.sanad.complaints.audit.ComplaintsAuditAction;
import org.sanad.complaints.audit.ComplaintsAuditRecord;

/**
 * Evidence files. An upload is checked in one short transaction, then streamed into the
 * encrypted {@link EvidenceStore} with no transaction or connection held while the phone sends,
 * then recorded (evidence, custody, audit, the object committed) in a second short transaction
 * that checks the complaint again. A download is checked against its hash before the first byte
 * is served and again while it streams; a failure is recorded in the custody log and never served.
 */
@ApplicationScoped
public class EvidenceService {

    @Inject
    EvidenceIntegrityFailures integrityFailures;

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

    @Inject
    EvidenceStore store;

    /** The complaint an upload goes to, and the bytes it still has room for. */
    private record Room(UUID complaintId, long bytes) {
    }

    /** An evidence file checked and ready to stream: {@link #stream} writes it. */
    public record Download(EvidenceView evidence, EvidenceStore.Opened object) {
    }

    /** Upload by the citizen who filed the complaint or an intake officer of its governorate. */
    public EvidenceView upload(UUID complaintId, String fileName, String contentType, InputStream body) {
        long room = QuarkusTransaction.requiringNew().call(() -> {
            Complaint complaint = access.load(complaintId);
            access.requireAddEvidence(complaint, ComplaintsAuditAction.EVIDENCE_UPLOAD);
            return requireRoom(complaint);
        });
        return receiveAndRecord(complaintId, fileName, contentType, body, room);
    }

    /**
     * Upload by an anonymous filer, with the tracking number and secret.
     *
     * @param sourceBytes the evidence bytes the filer's source may still upload (its daily quota)
     */
    public EvidenceView uploadAnonymously(String trackingNumber, String secret, String fileName, String contentType,
            InputStream body, long sourceBytes) {
        Room room = QuarkusTransaction.requiringNew().call(() -> {
            Complaint complaint = tracking.open(trackingNumber, secret, ComplaintsAuditAction.EVIDENCE_UPLOAD);
            return new Room(complaint.id, requireRoom(complaint));
        });
        return receiveAndRecord(room.complaintId(), fileName, contentType, body, Math.min(room.bytes(), sourceBytes));
    }

    @Transactional
    public List<EvidenceView> list(UUID complaintId) {
        Complaint complaint = access.load(complaintId);
        access.requireRead(complaint, ComplaintsAuditAction.EVIDENCE_LIST);
        audit.success(ComplaintsAuditAction.EVIDENCE_LIST, ComplaintsAuditRecord.COMPLAINT, complaint.id);
        return Evidence.ofComplaint(complaint.id).stream().map(mapper::toEvidenceView).toList();
    }

    /**
     * Checks the caller, then the stored bytes against the hash recorded on arrival (decrypting
     * them once without keeping them); a mismatch is a committed integrity-failure custody record
     * and a 409. The download itself is custody-logged and audited before any byte is sent.
     */
    public Download download(UUID complaintId, UUID evidenceId) {
        Evidence evidence = QuarkusTransaction.requiringNew().call(() -> {
            Complaint complaint = access.load(complaintId);
            access.requireDownloadEvidence(complaint, ComplaintsAuditAction.EVIDENCE_DOWNLOAD);
            Evidence found = find(complaint, evidenceId);
            if (found.file.isPurged()) {
                throw new ProblemException(ProblemType.EVIDENCE_PURGED, "evidence.purged", found.file.purgedAt);
            }
            return found;
        });
        EvidenceStore.Opened object;
        try {
            object = store.openVerified(evidence.file.objectId, evidence.file.sha256);
        } catch (EvidenceIntegrityException e) {
            integrityFailure(evidence.id, evidence.file.sha256, e);
            throw new ProblemException(ProblemType.INTEGRITY_FAILURE, "evidence.integrity-failure");
        }
        QuarkusTransaction.requiringNew().run(() -> {
            custody(Evidence.findById(evidence.id), CustodyAction.DOWNLOADED, evidence.file.sha256, null);
            audit.success(ComplaintsAuditAction.EVIDENCE_DOWNLOAD, ComplaintsAuditRecord.EVIDENCE, evidence.id);
        });
        return new Download(mapper.toEvidenceView(evidence), object);
    }

    /**
     * Streams a checked download. Bytes changed since the check fail their tag before they are
     * written: the failure is recorded and the response broken off, so the client never holds a
     * complete file that is not the evidence.
     */
    public void stream(Download download, OutputStream out) throws IOException {
        try {
            store.copy(download.object(), out);
        } catch (EvidenceIntegrityException e) {
            integrityFailure(download.evidence().id(), download.evidence().sha256(), e);
            throw new IOException("evidence " + download.evidence().id() + " failed its check while streaming");
        }
    }

    /** @param recorded the hash recorded on arrival, which the stored bytes no longer give */
    private void integrityFailure(UUID evidenceId, String recorded, EvidenceIntegrityException failure) {
        // the stored bytes are no longer what was received: recorded on its own, never served
        Log.errorf("INTEGRITY FAILURE: evidence %s: %s", evidenceId, failure.getMessage());
        integrityFailures.recorded();
        QuarkusTransaction.requiringNew().run(() -> custody(Evidence.findById(evidenceId), CustodyAction.INTEGRITY_FAILURE,
                recorded, "refused on download"));
    }

    @Transactional
    public List<CustodyEventView> custodyLog(UUID complaintId, UUID evidenceId) {
        Complaint complaint = access.load(complaintId);
        access.requireWorkOn(complaint, ComplaintsAuditAction.EVIDENCE_CUSTODY_READ);
        Evidence evidence = find(complaint, evidenceId);
        audit.success(ComplaintsAuditAction.EVIDENCE_CUSTODY_READ, ComplaintsAuditRecord.EVIDENCE, evidence.id);
        return CustodyEvent.ofEvidence(evidence.id).stream().map(mapper::toCustodyView).toList();
    }

    /**
     * Streams the file in, taking at most {@code room} bytes (the complaint's or the source's
     * quota, when smaller than the largest file), then records it. No transaction is open while
     * the bytes arrive.
     */
    private EvidenceView receiveAndRecord(UUID complaintId, String fileName, String contentType, InputStream body,
            long room) {
        long maxBytes = config.evidence().maxBytes();
        EvidenceIntake.ReceivedFile received;
        try {
            received = new EvidenceIntake(config.evidence().allowedContentTypes(), Math.min(maxBytes, room), store)
                    .receive(fileName, contentType, body);
        } catch (ProblemException e) {
            if (e.type() == ProblemType.PAYLOAD_TOO_LARGE && room < maxBytes) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "evidence.over-quota", room);
            }
            throw e;
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> record(access.load(complaintId), received));
        } catch (RuntimeException e) {
            store.delete(received.objectId());
            throw e;
        }
    }

    /**
     * Evidence is added to a complaint that is not closed and has room for another file and for more
     * bytes (checked again at the end, under the complaint's lock); answers the bytes it has room for.
     */
    private long requireRoom(Complaint complaint) {
        if (complaint.status == ComplaintStatus.WITHDRAWN || complaint.status == ComplaintStatus.REJECTED
                || complaint.status == ComplaintStatus.DUPLICATE) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, "complaint.closed", complaint.status);
        }
        if (Evidence.count("complaintId", complaint.id) >= ComplaintDelivery.MAX_EVIDENCE) {
            throw new ProblemException(ProblemType.LIMIT_REACHED, "evidence.too-many", ComplaintDelivery.MAX_EVIDENCE);
        }
        long quota = config.evidence().maxBytesPerComplaint();
        long room = quota - Evidence.storedBytes(complaint.id);
        if (room <= 0) {
            throw new ProblemException(ProblemType.LIMIT_REACHED, "evidence.complaint-quota", quota);
        }
        return room;
    }

    private EvidenceView record(Complaint complaint, EvidenceIntake.ReceivedFile received) {
        // two uploads to one complaint finishing at once must not both fit in the room left for one
        Complaint.getEntityManager().lock(complaint, LockModeType.PESSIMISTIC_WRITE);
        if (received.size() > requireRoom(complaint)) {
            throw new ProblemException(ProblemType.LIMIT_REACHED, "evidence.complaint-quota",
                    config.evidence().maxBytesPerComplaint());
        }
        Evidence evidence = new Evidence();
        evidence.id = UUID.randomUUID();
        evidence.complaintId = complaint.id;
        evidence.file = StoredFile.of(received);
        evidence.receivedAt = Timestamps.now();
        evidence.receivedBy = caller.subject();
        evidence.persist();
        store.commit(received.objectId());

        custody(evidence, CustodyAction.RECEIVED, received.sha256(), null);
        audit.success(ComplaintsAuditAction.EVIDENCE_UPLOAD, ComplaintsAuditRecord.EVIDENCE, evidence.id);
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
