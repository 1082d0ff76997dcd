package org.sanad.complaints.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sanad.commons.audit.AuditLog;
import org.sanad.commons.http.Versions;
import org.sanad.commons.problem.FieldViolations;
import org.sanad.commons.problem.ProblemException;
import org.sanad.commons.problem.ProblemType;
import org.sanad.commons.security.Caller;
import org.sanad.commons.time.Timestamps;
import org.sanad.complaints.api.ComplaintSummary;
import org.sanad.complaints.api.ComplaintView;
import org.sanad.complaints.api.FiledComplaint;
import org.sanad.complaints.api.HistoryEntry;
import org.sanad.complaints.api.NewComplaint;
import org.sanad.complaints.api.SupplementInput;
import org.sanad.complaints.api.WithdrawalInput;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.ComplaintStatus;
import org.sanad.complaints.domain.FilerKind;
import org.sanad.complaints.domain.StatusChange;
import org.sanad.complaints.domain.Supplement;
import org.sanad.complaints.mapping.ComplaintMapper;

/** Filing complaints and what their filers do with them afterwards. */
@ApplicationScoped
public class ComplaintService {

    private static final int MY_COMPLAINTS_LIMIT = 200;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    IntakeRules rules;

    @Inject
    ComplaintMapper mapper;

    @Inject
    PriorityRules priorities;

    @Inject
    TrackingNumbers trackingNumbers;

    @Inject
    FilerSecrets secrets;

    @Inject
    StatusTransitions transitions;

    @Inject
    ComplaintAccess access;

    @Transactional
    public FiledComplaint fileAsCitizen(NewComplaint input) {
        Complaint complaint = file(input, FilerKind.CITIZEN, caller.subject(), null);
        audit.success(AuditRecords.FILE, AuditRecords.COMPLAINT, complaint.id);
        return new FiledComplaint(complaint.id, complaint.trackingNumber, null, mapper.toView(complaint));
    }

    @Transactional
    public FiledComplaint fileAnonymously(NewComplaint input) {
        String secret = secrets.newSecret();
        Complaint complaint = file(input, FilerKind.ANONYMOUS, null, secrets.hash(secret));
        audit.success(AuditRecords.FILE, AuditRecords.COMPLAINT, complaint.id);
        return new FiledComplaint(complaint.id, complaint.trackingNumber, secret, mapper.toView(complaint));
    }

    private Complaint file(NewComplaint input, FilerKind kind, String filerSubject, String secretHash) {
        rules.check(input);
        Instant now = Timestamps.now();
        Complaint complaint = new Complaint();
        complaint.id = UUID.randomUUID();
        complaint.trackingNumber = trackingNumbers.next();
        complaint.filerKind = kind;
        complaint.filerSubject = filerSubject;
        complaint.secretHash = secretHash;
        mapper.fill(complaint, input, now);
        priorities.apply(complaint, now);
        complaint.status = ComplaintStatus.SUBMITTED;
        complaint.submittedAt = now;
        complaint.updatedAt = now;
        complaint.persist();
        transitions.record(complaint, null, ComplaintStatus.SUBMITTED, null, null, now);
        return complaint;
    }

    @Transactional
    public ComplaintView read(UUID id) {
        Complaint complaint = access.load(id);
        access.requireFilerOrOfficer(complaint, AuditRecords.READ);
        audit.success(AuditRecords.READ, AuditRecords.COMPLAINT, complaint.id);
        return mapper.toView(complaint);
    }

    @Transactional
    public List<ComplaintSummary> mine() {
        return Complaint.<Complaint> find("filerKind = ?1 and filerSubject = ?2 order by submittedAt desc",
                FilerKind.CITIZEN, caller.subject())
                .page(0, MY_COMPLAINTS_LIMIT).stream()
                .map(mapper::toSummary)
                .toList();
    }

    @Transactional
    public List<HistoryEntry> history(UUID id) {
        Complaint complaint = access.load(id);
        access.requireFilerOrOfficer(complaint, AuditRecords.READ_HISTORY);
        boolean officer = access.isOfficerFor(complaint, ComplaintAccess.CASEWORKERS);
        return StatusChange.historyOf(complaint.id).stream()
                .map(change -> mapper.toHistoryEntry(change, officer))
                .toList();
    }

    @Transactional
    public ComplaintView supplementAsFiler(UUID id, String ifMatch, SupplementInput input) {
        Complaint complaint = access.load(id);
        access.requireFiler(complaint, AuditRecords.SUPPLEMENT);
        supplement(complaint, Versions.expected(ifMatch), input);
        return mapper.toView(complaint);
    }

    @Transactional
    public ComplaintView withdrawAsFiler(UUID id, String ifMatch, WithdrawalInput input) {
        Complaint complaint = access.load(id);
        access.requireFiler(complaint, AuditRecords.WITHDRAW);
        withdraw(complaint, Versions.expected(ifMatch), input);
        return mapper.toView(complaint);
    }

    /**
     * Adds the filer's information. Answering an officer's question puts the complaint back
     * under review; changed risk signals recompute its priority.
     */
    void supplement(Complaint complaint, long expectedVersion, SupplementInput input) {
        Versions.check(expectedVersion, complaint.version);
        boolean empty = (input.text() == null || input.text().isBlank())
                && (input.identifiers() == null || input.identifiers().isEmpty())
                && input.selfHarmRisk() == null && input.deadline() == null;
        if (empty) {
            throw ProblemException.invalidField("text", "complaint.supplement.empty");
        }
        FieldViolations violations = new FieldViolations();
        rules.checkIdentifiers(violations, input.identifiers());
        violations.throwIfAny();
        if (!complaint.status.isOpen()) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, "complaint.closed", complaint.status);
        }
        Instant now = Timestamps.now();
        if (input.text() != null && !input.text().isBlank()) {
            Supplement supplement = new Supplement();
            supplement.id = UUID.randomUUID();
            supplement.complaint = complaint;
            supplement.addedAt = now;
            supplement.authorSubject = caller.subject();
            supplement.text = input.text().strip();
            complaint.supplements.add(supplement);
        }
        mapper.addIdentifiers(complaint, input.identifiers(), now);
        if (input.selfHarmRisk() != null) {
            complaint.selfHarmRisk = input.selfHarmRisk();
        }
        if (input.deadline() != null) {
            complaint.deadline = input.deadline();
        }
        priorities.apply(complaint, now);
        if (complaint.status == ComplaintStatus.NEEDS_INFORMATION) {
            transitions.move(complaint, ComplaintStatus.UNDER_REVIEW, null, null, now);
            complaint.pendingQuestion = null;
        }
        complaint.updatedAt = now;
        audit.success(AuditRecords.SUPPLEMENT, AuditRecords.COMPLAINT, complaint.id);
        // the new version must be known before the ETag is answered
        Complaint.flush();
    }

    /** The filer takes the complaint back; never for a minor victim, whose case the state pursues. */
    void withdraw(Complaint complaint, long expectedVersion, WithdrawalInput input) {
        Versions.check(expectedVersion, complaint.version);
        if (complaint.victim.minor) {
            throw new ProblemException(ProblemType.CONFLICT, "complaint.withdrawal.minor");
        }
        transitions.move(complaint, ComplaintStatus.WITHDRAWN, input == null ? null : input.reason(), null,
                Timestamps.now());
        complaint.pendingQuestion = null;
        audit.success(AuditRecords.WITHDRAW, AuditRecords.COMPLAINT, complaint.id);
        Complaint.flush();
    }
}
