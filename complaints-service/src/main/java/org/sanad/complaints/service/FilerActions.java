package org.sanad.complaints.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.sanad.audit.AuditLog;
import org.sanad.core.problem.FieldViolations;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;
import org.sanad.core.identity.Caller;
import org.sanad.core.time.Timestamps;
import org.sanad.complaints.api.SupplementInput;
import org.sanad.complaints.api.WithdrawalInput;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.ComplaintStatus;
import org.sanad.complaints.domain.HashSubmission;
import org.sanad.complaints.domain.Supplement;
import org.sanad.complaints.mapping.ComplaintMapper;
import org.sanad.complaints.rules.ImageHashRules;
import org.sanad.complaints.rules.IntakeRules;
import org.sanad.complaints.rules.PriorityRules;
import org.sanad.complaints.risk.RiskSignal;
import org.sanad.complaints.risk.RiskSignalAlerts;
import org.sanad.complaints.risk.RiskSignals;
import org.sanad.complaints.risk.TriageDeadlines;
import org.sanad.complaints.audit.ComplaintsAuditAction;
import org.sanad.complaints.audit.ComplaintsAuditRecord;

/**
 * What a filer does with their complaint after filing, the same for the citizen who signed in
 * and the anonymous filer with the tracking number and secret: only how the filer is recognised
 * differs ({@link ComplaintService}, {@link TrackingService}); evidence goes through
 * {@link EvidenceService#upload} and {@link EvidenceService#uploadAnonymously} to one intake.
 */
@ApplicationScoped
public class FilerActions {

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    IntakeRules rules;

    @Inject
    PriorityRules priorities;

    @Inject
    TriageDeadlines deadlines;

    @Inject
    RiskSignalAlerts riskAlerts;

    @Inject
    StatusTransitions transitions;

    @Inject
    ComplaintMapper mapper;

    /**
     * Adds the filer's information. Answering an officer's question puts the complaint back
     * under review; changed risk signals recompute its priority.
     */
    @Transactional(TxType.MANDATORY)
    void supplement(Complaint complaint, long expectedVersion, SupplementInput input) {
        complaint.claimVersion(expectedVersion);
        boolean empty = (input.text() == null || input.text().isBlank())
                && (input.identifiers() == null || input.identifiers().isEmpty())
                && (input.imageHashes() == null || input.imageHashes().isEmpty())
                && input.selfHarmRisk() == null && input.deadline() == null;
        if (empty) {
            throw ProblemException.invalidField("text", "complaint.supplement.empty");
        }
        FieldViolations violations = new FieldViolations();
        List<String> identifierValues = rules.checkIdentifiers(violations, input.identifiers());
        List<ImageHashRules.Hash> imageHashes = ImageHashRules.check(violations, input.imageHashes());
        violations.throwIfAny();
        rules.checkIdentifierRoom(complaint, input.identifiers());
        List<ImageHashRules.Hash> newImageHashes = ImageHashRules.newTo(complaint.imageHashes, imageHashes);
        if (!complaint.status.isOpen()) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, "complaint.closed", complaint.status);
        }
        Instant now = Timestamps.now();
        List<RiskSignal> signalsBefore = RiskSignals.of(complaint, now);
        if (input.text() != null && !input.text().isBlank()) {
            Supplement supplement = new Supplement();
            supplement.id = UUID.randomUUID();
            supplement.complaint = complaint;
            supplement.addedAt = now;
            supplement.authorSubject = caller.subject();
            supplement.text = input.text().strip();
            complaint.supplements.add(supplement);
        }
        mapper.addIdentifiers(complaint, input.identifiers(), identifierValues, now);
        mapper.addImageHashes(complaint, newImageHashes, HashSubmission.SUPPLEMENT, now);
        if (input.selfHarmRisk() != null) {
            complaint.selfHarmRisk = input.selfHarmRisk();
        }
        if (input.deadline() != null) {
            complaint.deadline = input.deadline();
        }
        if (priorities.apply(complaint, now)) {
            deadlines.priorityChanged(complaint, now);
        }
        riskAlerts.added(complaint, signalsBefore, now);
        if (complaint.status == ComplaintStatus.NEEDS_INFORMATION) {
            transitions.move(complaint, ComplaintStatus.UNDER_REVIEW, null, null, now);
            complaint.pendingQuestion = null;
        }
        complaint.updatedAt = now;
        audit.success(ComplaintsAuditAction.COMPLAINT_SUPPLEMENT, ComplaintsAuditRecord.COMPLAINT, complaint.id);
        // the new version must be known before the ETag is answered
        Complaint.flush();
    }

    /** The filer takes the complaint back; never for a minor victim, whose case the state pursues. */
    @Transactional(TxType.MANDATORY)
    void withdraw(Complaint complaint, long expectedVersion, WithdrawalInput input) {
        complaint.claimVersion(expectedVersion);
        if (complaint.victim.minor) {
            throw new ProblemException(ProblemType.WITHDRAWAL_REFUSED, "complaint.withdrawal.minor");
        }
        transitions.move(complaint, ComplaintStatus.WITHDRAWN, input == null ? null : input.reason(), null,
                Timestamps.now());
        complaint.pendingQuestion = null;
        audit.success(ComplaintsAuditAction.COMPLAINT_WITHDRAW, ComplaintsAuditRecord.COMPLAINT, complaint.id);
        Complaint.flush();
    }
}
