package org.sanad.referrals.service;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.sanad.audit.AuditLog;
import org.sanad.core.identity.Caller;
import org.sanad.core.identity.ServiceTokens;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;
import org.sanad.core.time.Timestamps;
import org.sanad.referrals.access.ReferralAccess;
import org.sanad.referrals.api.IdentityRequestView;
import org.sanad.referrals.api.VictimIdentity;
import org.sanad.referrals.audit.ReferralsAuditAction;
import org.sanad.referrals.audit.ReferralsAuditRecord;
import org.sanad.referrals.client.ComplaintsClient;
import org.sanad.referrals.client.ReferralUpdate;
import org.sanad.referrals.config.ReferralsConfig;
import org.sanad.referrals.domain.IdentityRequest;
import org.sanad.referrals.domain.Referral;
import org.sanad.referrals.domain.ReferralStatus;
import org.sanad.referrals.domain.ReferralVersion;
import org.sanad.referrals.domain.VictimPseudonym;
import org.sanad.referrals.handoff.CaseAnnouncer;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A court's request for who a pseudonymised victim is. The request and its reason are recorded
 * and audited before complaints-service is asked (it records and audits the disclosure too); the
 * identity is passed to the court and never stored here. Not for a closed referral; no more than
 * {@code referrals.identity-requests.per-court-per-day} per court; where a prosecutor approves
 * first, the request waits. Every disclosure is told to the case (a timeline entry its supervisor
 * reads) through the outbox, in the transaction that records it.
 */
@ApplicationScoped
public class VictimIdentities {

    static final Duration WINDOW = Duration.ofDays(1);

    @Inject
    ReferralAccess access;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    ServiceTokens tokens;

    @Inject
    ReferralsConfig config;

    @Inject
    EntityManager entityManager;

    @Inject
    CaseAnnouncer announcer;

    @Inject
    @RestClient
    ComplaintsClient complaints;

    /** The identity, when it is fetched at once; otherwise the request, awaiting a prosecutor. */
    public record Answer(VictimIdentity identity, IdentityRequestView awaiting) {
    }

    private record Subject(UUID requestId, String pseudonym, String referenceNumber, String court, UUID complaintId,
            String reason, IdentityRequest.Outcome failedAs) {
    }

    public Answer request(UUID referralId, String pseudonym, String reason) {
        IdentityRequest request = QuarkusTransaction.requiringNew().call(() -> record(referralId, pseudonym, reason));
        if (request.outcome == IdentityRequest.Outcome.AWAITING_APPROVAL) {
            return new Answer(null, IdentityRequestView.of(request));
        }
        return new Answer(disclose(referralId, request.id), null);
    }

    /** One of the court's own requests, as it stands. */
    public IdentityRequestView status(UUID referralId, UUID requestId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Referral referral = access.loadToJudge(referralId, ReferralsAuditAction.VICTIM_IDENTITY_REQUEST);
            return IdentityRequestView.of(requestOf(referral, requestId, ReferralsAuditAction.VICTIM_IDENTITY_REQUEST));
        });
    }

    /** The identity an approved request asked for, fetched for the court that asked. */
    public VictimIdentity discloseApproved(UUID referralId, UUID requestId) {
        return disclose(referralId, requestId);
    }

    private IdentityRequest record(UUID referralId, String pseudonym, String reason) {
        Referral referral = access.loadToJudge(referralId, ReferralsAuditAction.VICTIM_IDENTITY_REQUEST);
        requireOpen(referral, ReferralsAuditAction.VICTIM_IDENTITY_REQUEST);
        victim(referral, pseudonym);
        Instant now = Timestamps.now();
        requireUnderLimit(referral, now);
        IdentityRequest request = new IdentityRequest();
        request.id = UUID.randomUUID();
        request.referralId = referral.id;
        request.pseudonym = pseudonym;
        request.courtCode = referral.courtCode;
        request.reason = reason.strip();
        request.outcome = config.identityRequests().prosecutorApproval() ? IdentityRequest.Outcome.AWAITING_APPROVAL
                : IdentityRequest.Outcome.REQUESTED;
        request.stamp(caller, now);
        request.persist();
        audit.success(ReferralsAuditAction.VICTIM_IDENTITY_REQUEST, ReferralsAuditRecord.REFERRAL, referral.id);
        return request;
    }

    /**
     * The court's requests of the last 24 hours, counted under a lock per court so that two
     * replicas answering at once cannot both take the last one.
     */
    private void requireUnderLimit(Referral referral, Instant now) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "identity-requests:" + referral.courtCode).getSingleResult();
        Object[] window = entityManager.createQuery("select count(r), min(r.occurredAt) from IdentityRequest r"
                + " where r.courtCode = :court and r.occurredAt > :since", Object[].class)
                .setParameter("court", referral.courtCode).setParameter("since", now.minus(WINDOW)).getSingleResult();
        int limit = config.identityRequests().perCourtPerDay();
        if ((Long) window[0] >= limit) {
            Duration wait = Duration.between(now, ((Instant) window[1]).plus(WINDOW));
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS, "identity.limit-reached", String.valueOf(limit))
                    .retryAfter(wait).audited(ReferralsAuditAction.VICTIM_IDENTITY_REQUEST, ReferralsAuditRecord.REFERRAL,
                            referral.id);
        }
    }

    /** A closed referral's court has decided and is done: no identity is disclosed for it any more. */
    static void requireOpen(Referral referral, ReferralsAuditAction action) {
        if (referral.status == ReferralStatus.CLOSED) {
            throw new ProblemException(ProblemType.CONFLICT, "identity.referral-closed")
                    .audited(action, ReferralsAuditRecord.REFERRAL, referral.id);
        }
    }

    private static VictimPseudonym victim(Referral referral, String pseudonym) {
        return ReferralVersion.of(referral.id, referral.submittedVersion).orElseThrow().victims.stream()
                .filter(v -> v.pseudonym().equals(pseudonym)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("identity.unknown-pseudonym"));
    }

    static IdentityRequest requestOf(Referral referral, UUID requestId, ReferralsAuditAction action) {
        IdentityRequest request = IdentityRequest.findById(requestId);
        if (request == null || !request.referralId.equals(referral.id)) {
            throw ProblemException.notFound("identity.request.not-found")
                    .audited(action, ReferralsAuditRecord.IDENTITY_REQUEST, requestId);
        }
        return request;
    }

    private VictimIdentity disclose(UUID referralId, UUID requestId) {
        Subject subject = QuarkusTransaction.requiringNew().call(() -> subject(referralId, requestId));
        try {
            VictimIdentity identity = complaints.disclose(tokens.bearer(), subject.complaintId(),
                    new ComplaintsClient.DisclosureRequest(subject.court(), subject.referenceNumber(), subject.reason()));
            QuarkusTransaction.requiringNew().run(() -> disclosed(referralId, subject));
            return identity.as(subject.pseudonym());
        } catch (WebApplicationException | ProcessingException e) {
            settle(subject.requestId(), subject.failedAs());
            throw new ProblemException(ProblemType.UNAVAILABLE, "identity.unavailable");
        }
    }

    /** What complaints-service is asked, for a request the court may have answered now. */
    private Subject subject(UUID referralId, UUID requestId) {
        Referral referral = access.loadToJudge(referralId, ReferralsAuditAction.VICTIM_IDENTITY_DISCLOSE);
        requireOpen(referral, ReferralsAuditAction.VICTIM_IDENTITY_DISCLOSE);
        IdentityRequest request = requestOf(referral, requestId, ReferralsAuditAction.VICTIM_IDENTITY_DISCLOSE);
        if (!request.outcome.disclosable()) {
            throw new ProblemException(ProblemType.CONFLICT, request.outcome == IdentityRequest.Outcome.AWAITING_APPROVAL
                    ? "identity.awaiting-approval" : "identity.not-disclosable", request.outcome.name())
                    .audited(ReferralsAuditAction.VICTIM_IDENTITY_DISCLOSE, ReferralsAuditRecord.IDENTITY_REQUEST, request.id);
        }
        // an approved request stays approved when complaints-service cannot answer: the court tries again
        return new Subject(request.id, request.pseudonym, referral.referenceNumber, referral.courtCode,
                victim(referral, request.pseudonym).complaintId(), request.reason,
                request.outcome == IdentityRequest.Outcome.APPROVED ? IdentityRequest.Outcome.APPROVED
                        : IdentityRequest.Outcome.FAILED);
    }

    /**
     * The request answered, under its row's lock: of two fetches of one request that ran at once,
     * the second finds it answered and the court gets the identity once (a 409 for the other).
     */
    private void disclosed(UUID referralId, Subject subject) {
        IdentityRequest request = IdentityRequest.findById(subject.requestId(), LockModeType.PESSIMISTIC_WRITE);
        if (!request.outcome.disclosable()) {
            throw new ProblemException(ProblemType.CONFLICT, "identity.not-disclosable", request.outcome.name())
                    .audited(ReferralsAuditAction.VICTIM_IDENTITY_DISCLOSE, ReferralsAuditRecord.IDENTITY_REQUEST, request.id);
        }
        request.outcome = IdentityRequest.Outcome.DISCLOSED;
        Referral referral = Referral.findById(referralId);
        audit.success(ReferralsAuditAction.VICTIM_IDENTITY_DISCLOSE, ReferralsAuditRecord.REFERRAL, referral.id);
        announcer.announce(referral, ReferralUpdate.Step.IDENTITY_DISCLOSED, Timestamps.now(),
                "The court was given the identity of the victim of complaint " + subject.complaintId() + " ("
                        + subject.pseudonym() + "). Its reason: " + subject.reason());
    }

    private static void settle(UUID requestId, IdentityRequest.Outcome outcome) {
        QuarkusTransaction.requiringNew().run(() -> IdentityRequest.<IdentityRequest> findById(requestId).outcome = outcome);
    }
}
