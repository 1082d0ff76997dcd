package org.sanad.referrals.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sanad.audit.AuditLog;
import org.sanad.core.identity.Caller;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;
import org.sanad.core.time.Timestamps;
import org.sanad.referrals.access.ReferralAccess;
import org.sanad.referrals.api.IdentityDecisionInput;
import org.sanad.referrals.api.IdentityRequestView;
import org.sanad.referrals.audit.ReferralsAuditAction;
import org.sanad.referrals.audit.ReferralsAuditRecord;
import org.sanad.referrals.domain.IdentityRequest;
import org.sanad.referrals.domain.Referral;

/**
 * The prosecutor's side of the courts' identity requests: every request of a referral, and the
 * decision on one that awaits approval ({@code referrals.identity-requests.prosecutor-approval}).
 */
@ApplicationScoped
public class IdentityApprovals {

    @Inject
    ReferralAccess access;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Transactional
    public List<IdentityRequestView> list(UUID referralId) {
        Referral referral = access.loadToPrepare(referralId, ReferralsAuditAction.VICTIM_IDENTITY_REQUESTS_READ);
        audit.success(ReferralsAuditAction.VICTIM_IDENTITY_REQUESTS_READ, ReferralsAuditRecord.REFERRAL, referral.id);
        return IdentityRequest.<IdentityRequest> list("referralId = ?1 order by occurredAt, id", referral.id).stream()
                .map(IdentityRequestView::of).toList();
    }

    @Transactional
    public IdentityRequestView decide(UUID referralId, UUID requestId, IdentityDecisionInput decision) {
        Referral referral = access.loadToPrepare(referralId, ReferralsAuditAction.VICTIM_IDENTITY_DECIDE);
        VictimIdentities.requireOpen(referral, ReferralsAuditAction.VICTIM_IDENTITY_DECIDE);
        IdentityRequest request = VictimIdentities.requestOf(referral, requestId, ReferralsAuditAction.VICTIM_IDENTITY_DECIDE);
        if (request.outcome != IdentityRequest.Outcome.AWAITING_APPROVAL) {
            throw new ProblemException(ProblemType.ALREADY_DECIDED, "identity.not-awaiting-approval", request.outcome.name());
        }
        request.outcome = decision.approved() ? IdentityRequest.Outcome.APPROVED : IdentityRequest.Outcome.REFUSED;
        request.decidedAt = Timestamps.now();
        request.decidedBy = caller.subject();
        request.decisionNote = decision.note() == null || decision.note().isBlank() ? null : decision.note().strip();
        audit.success(ReferralsAuditAction.VICTIM_IDENTITY_DECIDE, ReferralsAuditRecord.IDENTITY_REQUEST, request.id);
        return IdentityRequestView.of(request);
    }
}
