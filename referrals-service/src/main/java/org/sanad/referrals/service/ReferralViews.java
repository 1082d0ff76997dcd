package org.sanad.referrals.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.commons.problem.ProblemException;
import org.sanad.referrals.api.ReferralView;
import org.sanad.referrals.domain.CourtReply;
import org.sanad.referrals.domain.Referral;
import org.sanad.referrals.domain.ReferralVersion;
import org.sanad.referrals.mapping.ReferralMapper;

/** A referral at one of its versions, with the court's replies to that version. */
@ApplicationScoped
public class ReferralViews {

    @Inject
    ReferralMapper mapper;

    public ReferralView at(Referral referral, int number) {
        ReferralVersion version = ReferralVersion.of(referral.id, number)
                .orElseThrow(() -> ProblemException.notFound("referral.version.not-found"));
        return mapper.toView(referral, version, CourtReply.ofVersion(referral.id, number));
    }

    /**
     * A page of referrals at their newest versions, with two queries for the whole page (versions,
     * replies) rather than two per referral.
     */
    public Map<UUID, ReferralView> latest(List<Referral> referrals) {
        if (referrals.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = referrals.stream().map(r -> r.id).toList();
        Map<UUID, Integer> latest = referrals.stream().collect(Collectors.toMap(r -> r.id, r -> r.latestVersion));
        Map<UUID, ReferralVersion> versions = ReferralVersion.<ReferralVersion> list("referralId in ?1", ids).stream()
                .filter(v -> v.number == latest.get(v.referralId))
                .collect(Collectors.toMap(v -> v.referralId, Function.identity()));
        Map<UUID, List<CourtReply>> replies = CourtReply.<CourtReply> list(
                "referralId in ?1 order by occurredAt, id", ids).stream()
                .filter(r -> r.versionNumber == latest.get(r.referralId))
                .collect(Collectors.groupingBy(r -> r.referralId));
        return referrals.stream().collect(Collectors.toMap(r -> r.id,
                r -> mapper.toView(r, versions.get(r.id), replies.getOrDefault(r.id, List.of()))));
    }

    /** What the court sees: the newest submitted version. */
    public ReferralView submitted(Referral referral) {
        return at(referral, referral.submittedVersion);
    }
}
