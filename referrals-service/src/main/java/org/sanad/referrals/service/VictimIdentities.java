package org.sanad.referrals.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.sanad.audit.AuditLog;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;
import org.sanad.core.identity.Caller;
import org.sanad.core.identity.ServiceTokens;
import org.sanad.core.time.Timestamps;
import org.sanad.referrals.access.ReferralAccess;
import org.sanad.referrals.api.VictimIdentity;
import org.sanad.referrals.client.ComplaintsClient;
import org.sanad.referrals.domain.IdentityRequest;
import org.sanad.referrals.domain.Referral;
import org.sanad.referrals.domain.ReferralVersion;
import org.sanad.referrals.domain.VictimPseudonym;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.sanad.referrals.audit.ReferralsAuditAction;
import org.sanad.referrals.audit.ReferralsAuditRecord;

/**
 * A court's request for who a pseudonymised victim is. The request and its reason are recorded
 * and audited before complaints-service is asked (it records and audits the disclosure too); the
 * identity is passed to the court and never stored here.
 */
@ApplicationScoped
public class VictimIdentities {

    @Inject
    ReferralAccess access;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    ServiceTokens tokens;

    @Inject
    @RestClient
    ComplaintsClient complaints;

    private record Subject(UUID requestId, String referenceNumber, String court, UUID complaintId) {
    }

    public VictimIdentity request(UUID referralId, String pseudonym, String reason) {
        Subject subject = QuarkusTransaction.requiringNew().call(() -> record(referralId, pseudonym, reason));
        try {
            VictimIdentity identity = complaints.disclose(tokens.bearer(), subject.complaintId(),
                    new ComplaintsClient.DisclosureRequest(subject.court(), subject.referenceNumber(), reason));
            settle(subject.requestId(), IdentityRequest.Outcome.DISCLOSED);
            return identity.as(pseudonym);
        } catch (WebApplicationException | ProcessingException e) {
            settle(subject.requestId(), IdentityRequest.Outcome.FAILED);
            throw new ProblemException(ProblemType.UNAVAILABLE, "identity.unavailable");
        }
    }

    private Subject record(UUID referralId, String pseudonym, String reason) {
        Referral referral = access.loadToJudge(referralId, ReferralsAuditAction.VICTIM_IDENTITY_DISCLOSE);
        VictimPseudonym victim = ReferralVersion.of(referral.id, referral.submittedVersion).orElseThrow().victims
                .stream().filter(v -> v.pseudonym().equals(pseudonym)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("identity.unknown-pseudonym"));
        IdentityRequest request = new IdentityRequest();
        request.id = UUID.randomUUID();
        request.referralId = referral.id;
        request.pseudonym = pseudonym;
        request.courtCode = referral.courtCode;
        request.reason = reason.strip();
        request.outcome = IdentityRequest.Outcome.REQUESTED;
        request.stamp(caller, Timestamps.now());
        request.persist();
        audit.success(ReferralsAuditAction.VICTIM_IDENTITY_DISCLOSE, ReferralsAuditRecord.REFERRAL, referral.id);
        return new Subject(request.id, referral.referenceNumber, referral.courtCode, victim.complaintId());
    }

    private static void settle(UUID requestId, IdentityRequest.Outcome outcome) {
        QuarkusTransaction.requiringNew().run(() -> IdentityRequest.<IdentityRequest> findById(requestId).outcome = outcome);
    }
}
