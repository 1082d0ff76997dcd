package org.sanad.referrals.service;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.sanad.core.audit.AuditAction;
import org.sanad.audit.AuditLog;
import org.sanad.core.problem.FieldViolations;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;
import org.sanad.core.identity.Caller;
import org.sanad.core.time.Timestamps;
import org.sanad.referrals.access.ReferralAccess;
import org.sanad.referrals.api.CourtReplies;
import org.sanad.referrals.api.ReferralView;
import org.sanad.referrals.client.ReferralUpdate;
import org.sanad.referrals.domain.CourtReply;
import org.sanad.referrals.domain.Defendant;
import org.sanad.referrals.domain.Referral;
import org.sanad.referrals.domain.ReferralStatus;
import org.sanad.referrals.domain.ReferralVersion;
import org.sanad.referrals.handoff.CaseAnnouncer;
import org.sanad.referrals.mapping.ReferralMapper;
import org.sanad.referrals.audit.ReferralsAuditAction;
import org.sanad.referrals.audit.ReferralsAuditRecord;

/**
 * The court's side: receipt, review outcome, hearings, decision. Each reply names the version it
 * answers and is taken only in its turn ({@link ReferralStatus.Reply}); anything out of order is
 * refused with a problem that says what is expected. Every reply is a feed entry; hearings,
 * decisions and returns are also told to cases-service.
 */
@ApplicationScoped
public class CourtReplyService {

    @Inject
    ReferralAccess access;

    @Inject
    ReferralViews views;

    @Inject
    ReferralMapper mapper;

    @Inject
    CourtFeed feed;

    @Inject
    CaseAnnouncer announcer;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager entityManager;

    @Transactional
    public ReferralView read(UUID id) {
        Referral referral = access.loadToJudge(id, ReferralsAuditAction.REFERRAL_READ);
        audit.success(ReferralsAuditAction.REFERRAL_READ, ReferralsAuditRecord.REFERRAL, referral.id);
        return views.submitted(referral);
    }

    /** A submitted version the court may read: never a draft, never a version it was not sent. */
    @Transactional
    public ReferralView readVersion(UUID id, int number) {
        Referral referral = access.loadToJudge(id, ReferralsAuditAction.REFERRAL_READ);
        Optional<ReferralVersion> version = ReferralVersion.of(id, number);
        if (version.isEmpty() || version.get().submittedAt == null || !version.get().courtCode.equals(referral.courtCode)) {
            throw ProblemException.notFound("referral.version.not-found");
        }
        audit.success(ReferralsAuditAction.REFERRAL_READ, ReferralsAuditRecord.REFERRAL, referral.id);
        return views.at(referral, number);
    }

    /**
     * The same receipt twice is one receipt: the second answers as the first did. A receipt of a
     * version the court no longer holds (an older one) is refused.
     */
    @Transactional
    public ReferralView receipt(UUID id, CourtReplies.Receipt receipt) {
        Referral referral = access.loadToJudge(id, ReferralsAuditAction.COURT_RECEIPT);
        if (receipt.version() == referral.submittedVersion && CourtReply.count("referralId = ?1 and versionNumber = ?2 and kind = ?3", id, receipt.version(),
                ReferralStatus.Reply.RECEIPT) > 0) {
            return views.at(referral, receipt.version());
        }
        inTurn(referral, ReferralStatus.Reply.RECEIPT, receipt.version());
        return record(referral, ReferralStatus.Reply.RECEIPT, receipt.version(), receipt, null, ReferralStatus.RECEIVED,
                ReferralsAuditAction.COURT_RECEIPT);
    }

    @Transactional
    public ReferralView review(UUID id, CourtReplies.Review review) {
        Referral referral = access.loadToJudge(id, ReferralsAuditAction.COURT_REVIEW);
        inTurn(referral, ReferralStatus.Reply.REVIEW, review.version());
        if (review.outcome() != CourtReplies.ReviewOutcome.ACCEPTED && (review.reasons() == null || review.reasons().isEmpty())) {
            throw ProblemException.invalidField("reasons", "court.review.reasons-required");
        }
        boolean returned = review.outcome() == CourtReplies.ReviewOutcome.RETURNED;
        ReferralView view = record(referral, ReferralStatus.Reply.REVIEW, review.version(), review,
                new String[] { review.outcome().name() }, returned ? ReferralStatus.RETURNED : ReferralStatus.ACCEPTED, ReferralsAuditAction.COURT_REVIEW);
        if (returned) {
            announcer.announce(referral, ReferralUpdate.Step.RETURNED, Timestamps.now(), "Returned: "
                    + review.reasons().stream().map(r -> (r.item() == null ? "" : r.item() + ": ") + r.reason())
                            .collect(Collectors.joining("; ")));
        }
        return view;
    }

    @Transactional
    public ReferralView hearing(UUID id, CourtReplies.Hearing hearing) {
        Referral referral = access.loadToJudge(id, ReferralsAuditAction.COURT_HEARING);
        inTurn(referral, ReferralStatus.Reply.HEARING, hearing.version());
        ReferralView view = record(referral, ReferralStatus.Reply.HEARING, hearing.version(), hearing, null,
                ReferralStatus.HEARING_SCHEDULED, ReferralsAuditAction.COURT_HEARING);
        announcer.announce(referral, ReferralUpdate.Step.HEARING_SCHEDULED, Timestamps.now(),
                "Hearing on " + hearing.scheduledFor() + ", " + hearing.chamber());
        return view;
    }

    @Transactional
    public ReferralView decision(UUID id, CourtReplies.Decision decision) {
        Referral referral = access.loadToJudge(id, ReferralsAuditAction.COURT_DECISION);
        inTurn(referral, ReferralStatus.Reply.DECISION, decision.version());
        ReferralVersion version = ReferralVersion.of(id, decision.version()).orElseThrow();
        Map<UUID, Defendant> defendants = version.defendants().stream()
                .collect(Collectors.toMap(Defendant::suspectId, Function.identity()));
        FieldViolations violations = new FieldViolations();
        for (int i = 0; i < decision.verdicts().size(); i++) {
            CourtReplies.Verdict verdict = decision.verdicts().get(i);
            Defendant defendant = defendants.get(verdict.suspectId());
            if (defendant == null) {
                violations.add("verdicts[" + i + "].suspectId", "court.decision.not-a-defendant");
            } else if (defendant.charges().stream().noneMatch(c -> c.statuteCode().equals(verdict.statuteCode()))) {
                violations.add("verdicts[" + i + "].statuteCode", "court.decision.not-charged");
            }
        }
        violations.throwIfAny();
        ReferralView view = record(referral, ReferralStatus.Reply.DECISION, decision.version(), decision,
                decision.verdicts().stream().map(v -> v.outcome().name()).toArray(String[]::new), ReferralStatus.DECIDED, ReferralsAuditAction.COURT_DECISION);
        announcer.announce(referral, ReferralUpdate.Step.DECIDED, Timestamps.now(), "Decided on "
                + decision.decidedOn() + ": " + decision.verdicts().stream()
                        .map(v -> defendants.get(v.suspectId()).name() + ", " + v.statuteCode() + " " + v.outcome()
                                + (v.sentence() == null ? "" : " (" + v.sentence() + ")"))
                        .collect(Collectors.joining("; ")));
        return view;
    }

    /** A reply must answer the version the court holds now, at the step the referral has reached. */
    private static void inTurn(Referral referral, ReferralStatus.Reply reply, int version) {
        if (version != referral.submittedVersion) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, "court.reply.wrong-version",
                    reply.name().toLowerCase(), version, referral.submittedVersion);
        }
        if (!reply.acceptedFrom(referral.status)) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, "court.reply.out-of-order",
                    reply.name().toLowerCase(), referral.status,
                    reply.expected().stream().map(Enum::name).sorted().collect(Collectors.joining(" or ")));
        }
    }

    private ReferralView record(Referral referral, ReferralStatus.Reply kind, int version, Object body,
            String[] outcomes, ReferralStatus next, AuditAction action) {
        Instant now = Timestamps.now();
        CourtReply reply = new CourtReply();
        reply.id = UUID.randomUUID();
        reply.referralId = referral.id;
        reply.versionNumber = version;
        reply.kind = kind;
        reply.body = mapper.toJsonText(body);
        reply.outcomes = outcomes;
        reply.stamp(caller, now);
        reply.persist();
        referral.status = next;
        referral.updatedAt = now;
        entityManager.flush();
        ReferralView view = views.submitted(referral);
        feed.append(referral, next.name(), view);
        audit.success(action, ReferralsAuditRecord.REFERRAL, referral.id);
        return view;
    }
}
