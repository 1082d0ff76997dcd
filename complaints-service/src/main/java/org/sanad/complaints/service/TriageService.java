package org.sanad.complaints.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sanad.audit.AuditLog;
import org.sanad.core.problem.FieldViolations;
import org.sanad.core.identity.Caller;
import org.sanad.core.time.Timestamps;
import org.sanad.complaints.access.ComplaintAccess;
import org.sanad.complaints.api.ComplaintView;
import org.sanad.complaints.api.TriageDecision;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.ComplaintStatus;
import org.sanad.complaints.domain.InvestigationStatus;
import org.sanad.complaints.handoff.CaseHandOver;
import org.sanad.complaints.mapping.ComplaintMapper;
import org.sanad.complaints.audit.ComplaintsAuditAction;
import org.sanad.complaints.audit.ComplaintsAuditRecord;

/** Intake officers' decisions on the complaints of their governorate. */
@ApplicationScoped
public class TriageService {

    @Inject
    ComplaintAccess access;

    @Inject
    StatusTransitions transitions;

    @Inject
    AuditLog audit;

    @Inject
    ComplaintMapper mapper;

    @Inject
    CaseHandOver handOver;

    @Inject
    Caller caller;

    @Transactional
    public ComplaintView decide(UUID id, long expectedVersion, TriageDecision decision) {
        Complaint complaint = access.load(id);
        access.requireTriage(complaint, ComplaintsAuditAction.COMPLAINT_TRIAGE);
        complaint.claimVersion(expectedVersion);
        checkDetails(complaint, decision);

        Instant now = Timestamps.now();
        ComplaintStatus next = ComplaintStatus.valueOf(decision.outcome().name());
        transitions.move(complaint, next, publicNote(decision), blankToNull(decision.internalNote()), now);
        complaint.pendingQuestion = next == ComplaintStatus.NEEDS_INFORMATION ? decision.question().strip() : null;
        complaint.duplicateOf = next == ComplaintStatus.DUPLICATE ? decision.duplicateOf() : null;
        complaint.rejectionReason = next == ComplaintStatus.REJECTED ? decision.reason().strip() : null;
        if (next == ComplaintStatus.ACCEPTED) {
            handToInvestigation(complaint, decision, now);
        }
        audit.success(ComplaintsAuditAction.COMPLAINT_TRIAGE, ComplaintsAuditRecord.COMPLAINT, complaint.id);
        Complaint.flush();
        return mapper.toView(complaint);
    }

    /**
     * The acceptance and the hand-off to cases-service commit together: if this transaction
     * commits, the complaint reaches its case however long cases-service is away.
     */
    private void handToInvestigation(Complaint complaint, TriageDecision decision, Instant now) {
        complaint.targetCaseNumber = blankToNull(decision.intoCase());
        complaint.investigationStatus = InvestigationStatus.INVESTIGATION_UNDER_WAY;
        complaint.investigationUpdatedAt = now;
        handOver.accepted(complaint, now, caller.subject());
    }

    private static void checkDetails(Complaint complaint, TriageDecision decision) {
        FieldViolations violations = new FieldViolations();
        switch (decision.outcome()) {
            case NEEDS_INFORMATION -> {
                if (isBlank(decision.question())) {
                    violations.add("question", "triage.question.required");
                }
            }
            case REJECTED -> {
                if (isBlank(decision.reason())) {
                    violations.add("reason", "triage.reason.required");
                }
            }
            case DUPLICATE -> {
                if (decision.duplicateOf() == null) {
                    violations.add("duplicateOf", "triage.duplicate.required");
                } else if (decision.duplicateOf().equals(complaint.id)) {
                    violations.add("duplicateOf", "triage.duplicate.self");
                } else if (Complaint.findByIdOptional(decision.duplicateOf()).isEmpty()) {
                    violations.add("duplicateOf", "triage.duplicate.unknown");
                }
            }
            case UNDER_REVIEW, ACCEPTED -> {
                // nothing more to say
            }
        }
        violations.throwIfAny();
    }

    /** What the filer is told: the question to answer or the reason for rejection. */
    private static String publicNote(TriageDecision decision) {
        return switch (decision.outcome()) {
            case NEEDS_INFORMATION -> decision.question().strip();
            case REJECTED -> decision.reason().strip();
            case UNDER_REVIEW, ACCEPTED, DUPLICATE -> null;
        };
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return isBlank(value) ? null : value.strip();
    }
}
