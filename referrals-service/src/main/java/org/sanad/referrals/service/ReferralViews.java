package org.sanad.referrals.service;

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

    /** What the court sees: the newest submitted version. */
    public ReferralView submitted(Referral referral) {
        return at(referral, referral.submittedVersion);
    }
}
