package org.sanad.complaints.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.sanad.audit.AuditLog;
import org.sanad.core.problem.ProblemException;
import org.sanad.evidence.retention.EvidencePurge;
import org.sanad.evidence.retention.LegalHold;
import org.sanad.evidence.retention.LegalHoldInput;
import org.sanad.evidence.retention.LegalHoldView;
import org.sanad.evidence.retention.LegalHolds;
import org.sanad.core.identity.Caller;
import org.sanad.core.time.Timestamps;
import org.sanad.complaints.access.ComplaintAccess;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.CustodyAction;
import org.sanad.complaints.domain.CustodyEvent;
import org.sanad.complaints.domain.Evidence;
import org.sanad.complaints.audit.ComplaintsAuditRecord;
import org.sanad.evidence.retention.RetentionAuditAction;

/**
 * Retention of a complaint's evidence: {@code sanad.retention.evidence-after} once the complaint
 * is rejected or withdrawn or its case closed, the bytes are purged, unless a supervisor has set a
 * legal hold on the complaint, or on its case in cases-service. A purge keeps the evidence record (hash, size) and its custody log, adds a PURGED
 * custody record saying why, and is audited, all in the transaction that deletes the bytes.
 * Replicas share the work: each batch locks the complaints it purges and skips those another
 * holds, and a hold being set takes the same row lock, so a hold and a purge never cross. The
 * schedule is {@link org.sanad.complaints.jobs.EvidencePurgeJob}'s.
 */
@ApplicationScoped
public class EvidenceRetention implements LegalHolds {

    @Inject
    EvidencePurge purge;

    @Inject
    ComplaintAccess access;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager entityManager;

    @Override
    @Transactional
    public LegalHoldView read(UUID complaintId) {
        Complaint complaint = access.load(complaintId);
        access.requireWorkOn(complaint, RetentionAuditAction.LEGAL_HOLD_READ);
        if (!complaint.isHeld()) {
            throw ProblemException.notFound("legal-hold.not-set");
        }
        return LegalHoldView.of(complaint.legalHold);
    }

    @Override
    @Transactional
    public LegalHoldView place(UUID complaintId, LegalHoldInput input) {
        Complaint complaint = access.load(complaintId);
        access.requireSupervise(complaint, RetentionAuditAction.LEGAL_HOLD_PLACE);
        if (complaint.legalHold == null) {
            complaint.legalHold = new LegalHold();
        }
        complaint.legalHold.place(caller, input.reason(), Timestamps.now());
        audit.success(RetentionAuditAction.LEGAL_HOLD_PLACE, ComplaintsAuditRecord.COMPLAINT, complaint.id);
        return LegalHoldView.of(complaint.legalHold);
    }

    @Override
    @Transactional
    public void release(UUID complaintId) {
        Complaint complaint = access.load(complaintId);
        access.requireSupervise(complaint, RetentionAuditAction.LEGAL_HOLD_RELEASE);
        if (complaint.isHeld()) {
            complaint.legalHold.release();
            audit.success(RetentionAuditAction.LEGAL_HOLD_RELEASE, ComplaintsAuditRecord.COMPLAINT, complaint.id);
        }
    }

    /** Purges, as of {@code now}, every complaint's evidence past its retention; answers how many complaints. */
    public int purgeDue(Instant now) {
        return purge.run(now, this::lockDue, this::purge);
    }

    @SuppressWarnings("unchecked")
    private List<UUID> lockDue(Instant cutoff, int batch) {
        return entityManager.createNativeQuery("SELECT c.id FROM complaint c WHERE c.retention_from < :cutoff "
                + "AND c.legal_hold_at IS NULL AND NOT c.case_evidence_held AND EXISTS (SELECT 1 FROM evidence e "
                + "WHERE e.complaint_id = c.id AND e.purged_at IS NULL) ORDER BY c.retention_from, c.id LIMIT :batch "
                + "FOR UPDATE OF c SKIP LOCKED", UUID.class).setParameter("cutoff", cutoff).setParameter("batch", batch)
                .getResultList();
    }

    private void purge(UUID complaintId, Instant now) {
        Complaint complaint = Complaint.findById(complaintId);
        String reason = purge.reason(complaint.investigationStatus != null ? "case closed" : complaint.status.name(),
                complaint.retentionFrom);
        for (Evidence evidence : Evidence.<Evidence> list("complaintId = ?1 and file.purgedAt is null", complaintId)) {
            purge.discard(evidence.file.purge(reason, now));
            CustodyEvent event = new CustodyEvent();
            event.id = UUID.randomUUID();
            event.evidenceId = evidence.id;
            event.action = CustodyAction.PURGED;
            event.stamp(AuditLog.SYSTEM, AuditLog.SYSTEM, now);
            event.sha256 = evidence.file.sha256;
            event.note = reason;
            event.persist();
            audit.system(RetentionAuditAction.EVIDENCE_PURGE, ComplaintsAuditRecord.EVIDENCE, evidence.id);
        }
    }
}
