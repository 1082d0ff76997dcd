package org.sanad.complaints.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sanad.commons.audit.AuditAction;
import org.sanad.commons.audit.AuditLog;
import org.sanad.commons.audit.AuditRecordType;
import org.sanad.commons.http.Versions;
import org.sanad.commons.paging.Page;
import org.sanad.commons.paging.TimeCursor;
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

import io.quarkus.panache.common.Parameters;

/** Filing complaints and what their filers do with them afterwards. */
@ApplicationScoped
public class ComplaintService {

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
        audit.success(AuditAction.COMPLAINT_FILE, AuditRecordType.COMPLAINT, complaint.id);
        return new FiledComplaint(complaint.id, complaint.trackingNumber, null, mapper.toView(complaint));
    }

    @Transactional
    public FiledComplaint fileAnonymously(NewComplaint input) {
        String secret = secrets.newSecret();
        Complaint complaint = file(input, FilerKind.ANONYMOUS, null, secrets.hash(secret));
        audit.success(AuditAction.COMPLAINT_FILE, AuditRecordType.COMPLAINT, complaint.id);
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
        access.requireRead(complaint, AuditAction.COMPLAINT_READ);
        audit.success(AuditAction.COMPLAINT_READ, AuditRecordType.COMPLAINT, complaint.id);
        return mapper.toView(complaint);
    }

    /** The calling citizen's complaints, newest first, a page at a time. */
    @Transactional
    public Page<ComplaintSummary> mine(String after, int limit) {
        Parameters parameters = Parameters.with("kind", FilerKind.CITIZEN).and("subject", caller.subject());
        String query = "filerKind = :kind and filerSubject = :subject";
        if (after != null) {
            TimeCursor cursor = TimeCursor.decode(after, "after");
            query += " and (submittedAt < :at or (submittedAt = :at and id < :id))";
            parameters.and("at", cursor.at()).and("id", cursor.id());
        }
        List<Complaint> rows = Complaint.<Complaint> find(query + " order by submittedAt desc, id desc", parameters)
                .range(0, limit).list();
        return Page.of(rows, limit, c -> new TimeCursor(c.submittedAt, c.id).encode(), mapper::toSummary);
    }

    @Transactional
    public List<HistoryEntry> history(UUID id) {
        Complaint complaint = access.load(id);
        access.requireRead(complaint, AuditAction.COMPLAINT_HISTORY_READ);
        boolean officer = access.canWorkOn(complaint);
        return StatusChange.historyOf(complaint.id).stream()
                .map(change -> mapper.toHistoryEntry(change, officer))
                .toList();
    }

    @Transactional
    public ComplaintView supplementAsFiler(UUID id, long expectedVersion, SupplementInput input) {
        Complaint complaint = access.load(id);
        access.requireFiler(complaint, AuditAction.COMPLAINT_SUPPLEMENT);
        supplement(complaint, expectedVersion, input);
        return mapper.toView(complaint);
    }

    @Transactional
    public ComplaintView withdrawAsFiler(UUID id, long expectedVersion, WithdrawalInput input) {
        Complaint complaint = access.load(id);
        access.requireFiler(complaint, AuditAction.COMPLAINT_WITHDRAW);
        withdraw(complaint, expectedVersion, input);
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
        rules.checkIdentifierRoom(complaint, input.identifiers());
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
        audit.success(AuditAction.COMPLAINT_SUPPLEMENT, AuditRecordType.COMPLAINT, complaint.id);
        // the new version must be known before the ETag is answered
        Complaint.flush();
    }

    /** The filer takes the complaint back; never for a minor victim, whose case the state pursues. */
    void withdraw(Complaint complaint, long expectedVersion, WithdrawalInput input) {
        Versions.check(expectedVersion, complaint.version);
        if (complaint.victim.minor) {
            throw new ProblemException(ProblemType.WITHDRAWAL_REFUSED, "complaint.withdrawal.minor");
        }
        transitions.move(complaint, ComplaintStatus.WITHDRAWN, input == null ? null : input.reason(), null,
                Timestamps.now());
        complaint.pendingQuestion = null;
        audit.success(AuditAction.COMPLAINT_WITHDRAW, AuditRecordType.COMPLAINT, complaint.id);
        Complaint.flush();
    }
}
