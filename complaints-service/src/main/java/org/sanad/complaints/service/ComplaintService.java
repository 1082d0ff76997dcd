package org.sanad.complaints.service;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sanad.audit.AuditLog;
import org.sanad.core.paging.Page;
import org.sanad.core.paging.TimeCursor;
import org.sanad.core.persistence.ReadOnlyLoads;
import org.sanad.core.identity.Caller;
import org.sanad.core.time.Timestamps;
import org.sanad.complaints.access.ComplaintAccess;
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
import org.sanad.complaints.domain.HashSubmission;
import org.sanad.complaints.domain.StatusChange;
import org.sanad.complaints.mapping.ComplaintMapper;
import org.sanad.complaints.notify.NotificationChoices;
import org.sanad.complaints.notify.NotificationQueue;
import org.sanad.complaints.rules.FilerSecrets;
import org.sanad.complaints.rules.ImageHashRules;
import org.sanad.complaints.rules.IntakeRules;
import org.sanad.complaints.rules.PriorityRules;
import org.sanad.complaints.risk.RiskSignalAlerts;
import org.sanad.complaints.risk.RiskSignal;
import org.sanad.complaints.risk.TriageDeadlines;
import org.sanad.complaints.audit.ComplaintsAuditAction;
import org.sanad.complaints.audit.ComplaintsAuditRecord;


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

    @Inject
    FilerActions filerActions;

    @Inject
    NotificationChoices notificationChoices;

    @Inject
    NotificationQueue notifications;

    @Inject
    TriageDeadlines deadlines;

    @Inject
    RiskSignalAlerts riskAlerts;

    @Inject
    ReferenceDataService referenceData;

    /**
     * In a transaction of its own (again, if the tracking number it drew was taken meanwhile);
     * {@code language}: the filer's, for the help lines of a filing at risk.
     */
    public FiledComplaint fileAsCitizen(NewComplaint input, String language) {
        return trackingNumbers.filing(() -> {
            Complaint complaint = file(input, FilerKind.CITIZEN, caller.subject(), null);
            audit.success(ComplaintsAuditAction.COMPLAINT_FILE, ComplaintsAuditRecord.COMPLAINT, complaint.id);
            return filed(complaint, null, language);
        });
    }

    /** In a transaction of its own (again, with the same secret, if the tracking number it drew was taken). */
    public FiledComplaint fileAnonymously(NewComplaint input, String language) {
        // whatever reached the service, nothing of who files is recorded
        caller.actAnonymously();
        String secret = secrets.newSecret();
        String secretHash = secrets.hash(secret);
        return trackingNumbers.filing(() -> {
            Complaint complaint = file(input, FilerKind.ANONYMOUS, null, secretHash);
            audit.success(ComplaintsAuditAction.COMPLAINT_FILE, ComplaintsAuditRecord.COMPLAINT, complaint.id);
            return filed(complaint, secret, language);
        });
    }

    /** The answer to a filing; one at risk alerts the people on duty and carries the help lines. */
    private FiledComplaint filed(Complaint complaint, String secret, String language) {
        List<RiskSignal> signals = riskAlerts.atFiling(complaint, complaint.submittedAt);
        boolean atRisk = !signals.isEmpty();
        return new FiledComplaint(complaint.id, complaint.trackingNumber, secret, mapper.toView(complaint),
                atRisk ? referenceData.helpLinesForVictimAtRisk(language) : null, atRisk ? signals : null);
    }

    private Complaint file(NewComplaint input, FilerKind kind, String filerSubject, String secretHash) {
        IntakeRules.Normalised normalised = rules.check(input);
        Instant now = Timestamps.now();
        Complaint complaint = new Complaint();
        complaint.id = UUID.randomUUID();
        complaint.trackingNumber = trackingNumbers.next();
        complaint.filerKind = kind;
        complaint.filerSubject = filerSubject;
        complaint.secretHash = secretHash;
        mapper.fill(complaint, input, normalised.victimPhone(), normalised.identifiers(), now);
        mapper.addImageHashes(complaint, ImageHashRules.newTo(complaint.imageHashes, normalised.imageHashes()),
                HashSubmission.FILING, now);
        priorities.apply(complaint, now);
        deadlines.start(complaint, now);
        complaint.status = ComplaintStatus.SUBMITTED;
        complaint.submittedAt = now;
        complaint.updatedAt = now;
        complaint.persist();
        transitions.record(complaint, null, ComplaintStatus.SUBMITTED, null, null, now);
        notificationChoices.register(complaint, input.notifications());
        notifications.received(complaint);
        return complaint;
    }

    @Transactional
    public ComplaintView read(UUID id) {
        return ReadOnlyLoads.reading(() -> {
            Complaint complaint = access.load(id);
            access.requireRead(complaint, ComplaintsAuditAction.COMPLAINT_READ);
            audit.success(ComplaintsAuditAction.COMPLAINT_READ, ComplaintsAuditRecord.COMPLAINT, complaint.id);
            return mapper.toView(complaint);
        });
    }

    /** The calling citizen's complaints, newest first, a page at a time. */
    @Transactional
    public Page<ComplaintSummary> mine(String after, int limit) {
        Map<String, Object> parameters = new HashMap<>(Map.of("kind", FilerKind.CITIZEN, "subject", caller.subject()));
        String query = "filerKind = :kind and filerSubject = :subject";
        if (after != null) {
            TimeCursor cursor = TimeCursor.decode(after, "after");
            query += " and (submittedAt < :at or (submittedAt = :at and id < :id))";
            parameters.put("at", cursor.at());
            parameters.put("id", cursor.id());
        }
        List<Complaint> rows = Complaint.<Complaint> find(query + " order by submittedAt desc, id desc", parameters)
                .range(0, limit).list();
        return Page.of(rows, limit, c -> new TimeCursor(c.submittedAt, c.id).encode(), mapper::toSummary);
    }

    @Transactional
    public List<HistoryEntry> history(UUID id) {
        Complaint complaint = access.load(id);
        access.requireRead(complaint, ComplaintsAuditAction.COMPLAINT_HISTORY_READ);
        audit.success(ComplaintsAuditAction.COMPLAINT_HISTORY_READ, ComplaintsAuditRecord.COMPLAINT, complaint.id);
        boolean officer = access.canWorkOn(complaint);
        return StatusChange.historyOf(complaint.id).stream()
                .map(change -> mapper.toHistoryEntry(change, officer))
                .toList();
    }

    @Transactional
    public ComplaintView supplementAsFiler(UUID id, long expectedVersion, SupplementInput input) {
        Complaint complaint = access.load(id);
        access.requireFiler(complaint, ComplaintsAuditAction.COMPLAINT_SUPPLEMENT);
        filerActions.supplement(complaint, expectedVersion, input);
        return mapper.toView(complaint);
    }

    @Transactional
    public ComplaintView withdrawAsFiler(UUID id, long expectedVersion, WithdrawalInput input) {
        Complaint complaint = access.load(id);
        access.requireFiler(complaint, ComplaintsAuditAction.COMPLAINT_WITHDRAW);
        filerActions.withdraw(complaint, expectedVersion, input);
        return mapper.toView(complaint);
    }
}
