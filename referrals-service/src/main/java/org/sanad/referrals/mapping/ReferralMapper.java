package org.sanad.referrals.mapping;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.courtsignature.ReferralSignature;
import org.sanad.referrals.api.Court;
import org.sanad.referrals.api.CourtReplies;
import org.sanad.referrals.api.ReferralView;
import org.sanad.referrals.domain.CourtReply;
import org.sanad.referrals.domain.Referral;
import org.sanad.referrals.domain.ReferralVersion;
import org.sanad.referrals.rules.Catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Referrals and court replies to their API views; victims leave as pseudonyms only. */
@ApplicationScoped
public class ReferralMapper {

    @Inject
    Catalogue catalogue;

    @Inject
    ObjectMapper json;

    /** @param replies the court's replies to this version, oldest first */
    public ReferralView toView(Referral referral, ReferralVersion version, List<CourtReply> replies) {
        Court court = catalogue.court(version.courtCode)
                .orElse(new Court(version.courtCode, version.courtCode, version.courtCode, List.of(),
                        catalogue.defaultTimeZone().getId()));
        return new ReferralView(referral.id, referral.referenceNumber, referral.caseNumber, referral.governorate, court,
                referral.status, version.number, version.submittedAt == null, version.summary, version.defendants(),
                version.victims.stream().map(v -> new ReferralView.Victim(v.pseudonym())).toList(), version.evidence(),
                version.draftedAt, version.submittedAt, progress(replies, ZoneId.of(court.timeZone())), signature(version), referral.version);
    }

    private static ReferralView.Signature signature(ReferralVersion version) {
        return version.signatureJws == null ? null
                : new ReferralView.Signature(version.signatureJws, version.signatureKid, ReferralSignature.ALG,
                        ReferralSignature.CANONICALIZATION);
    }

    private ReferralView.Progress progress(List<CourtReply> replies, ZoneId courtZone) {
        Instant receivedAt = null;
        CourtReplies.RecordedReview review = null;
        List<CourtReplies.RecordedHearing> hearings = new ArrayList<>();
        CourtReplies.RecordedDecision decision = null;
        for (CourtReply reply : replies) {
            switch (reply.kind) {
                case RECEIPT -> receivedAt = reply.occurredAt;
                case REVIEW -> review = new CourtReplies.RecordedReview(reply.occurredAt, read(reply.body, CourtReplies.Review.class));
                case HEARING -> hearings.add(CourtReplies.RecordedHearing.inZone(reply.occurredAt,
                        read(reply.body, CourtReplies.Hearing.class), courtZone));
                case DECISION -> decision = new CourtReplies.RecordedDecision(reply.occurredAt, read(reply.body, CourtReplies.Decision.class));
            }
        }
        return replies.isEmpty() ? null : new ReferralView.Progress(receivedAt, review, hearings, decision);
    }

    /** The outcome codes of a review or decision as its body holds them (see {@link CourtReply#outcomes}); null for the other replies. */
    public String[] outcomesOf(CourtReply reply) {
        return switch (reply.kind) {
            case REVIEW -> new String[] { read(reply.body, CourtReplies.Review.class).outcome().name() };
            case DECISION -> read(reply.body, CourtReplies.Decision.class).verdicts().stream()
                    .map(v -> v.outcome().name()).toArray(String[]::new);
            case RECEIPT, HEARING -> null;
        };
    }

    /** The value as JSON text, as the court feed and the court's replies keep it. */
    public String toJsonText(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a view that cannot be written as JSON: " + value.getClass().getSimpleName(), e);
        }
    }

    private <T> T read(String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored court reply no longer reads as " + type.getSimpleName(), e);
        }
    }
}
