package org.sanad.complaints.service;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sanad.core.audit.AuditAction;
import org.sanad.core.identity.Caller;
import org.sanad.audit.AuditLog;
import org.sanad.core.problem.ProblemException;
import org.sanad.complaints.api.SupplementInput;
import org.sanad.complaints.api.TrackingView;
import org.sanad.complaints.api.WithdrawalInput;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.Evidence;
import org.sanad.complaints.domain.FilerKind;
import org.sanad.complaints.domain.StatusChange;
import org.sanad.complaints.mapping.ComplaintMapper;
import org.sanad.complaints.rules.FilerSecrets;
import org.sanad.complaints.audit.ComplaintsAuditAction;
import org.sanad.complaints.audit.ComplaintsAuditRecord;

/**
 * What an anonymous filer can do with a tracking number and its secret. An unknown number and a
 * wrong secret get the same answer, so neither tells whether the other was right.
 */
@ApplicationScoped
public class TrackingService {

    @Inject
    FilerSecrets secrets;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Inject
    ComplaintMapper mapper;

    @Inject
    FilerActions filerActions;

    /**
     * The complaint the tracking number and secret open, or 404. From here on the request acts
     * anonymously, whatever credentials reached the service: the anonymous filer has no subject.
     */
    public Complaint open(String trackingNumber, String secret, AuditAction action) {
        caller.actAnonymously();
        Complaint complaint = Complaint.findByTrackingNumber(trackingNumber.strip().toUpperCase(Locale.ROOT))
                .filter(c -> c.filerKind == FilerKind.ANONYMOUS)
                .orElseThrow(() -> ProblemException.notFound("tracking.not-found"));
        if (!secrets.matches(secret, complaint.secretHash)) {
            throw ProblemException.notFound("tracking.not-found").audited(action, ComplaintsAuditRecord.COMPLAINT,
                    complaint.id);
        }
        return complaint;
    }

    @Transactional
    public TrackingView track(String trackingNumber, String secret) {
        Complaint complaint = open(trackingNumber, secret, ComplaintsAuditAction.COMPLAINT_TRACK);
        audit.success(ComplaintsAuditAction.COMPLAINT_TRACK, ComplaintsAuditRecord.COMPLAINT, complaint.id);
        return view(complaint);
    }

    @Transactional
    public TrackingView supplement(String trackingNumber, String secret, long expectedVersion, SupplementInput input) {
        Complaint complaint = open(trackingNumber, secret, ComplaintsAuditAction.COMPLAINT_SUPPLEMENT);
        filerActions.supplement(complaint, expectedVersion, input);
        return view(complaint);
    }

    @Transactional
    public TrackingView withdraw(String trackingNumber, String secret, long expectedVersion, WithdrawalInput input) {
        Complaint complaint = open(trackingNumber, secret, ComplaintsAuditAction.COMPLAINT_WITHDRAW);
        filerActions.withdraw(complaint, expectedVersion, input);
        return view(complaint);
    }

    private TrackingView view(Complaint complaint) {
        return mapper.toTrackingView(complaint, StatusChange.historyOf(complaint.id), Evidence.ofComplaint(complaint.id));
    }
}
