package org.sanad.referrals.handoff;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.handoff.Outbox;
import org.sanad.referrals.client.CasesHandOffs;
import org.sanad.referrals.client.ReferralUpdate;
import org.sanad.referrals.domain.Referral;
import org.sanad.referrals.rules.Catalogue;

/** Tells cases-service, through the outbox, how its referred case stands at court. */
@ApplicationScoped
public class CaseAnnouncer {

    @Inject
    Outbox outbox;

    @Inject
    Catalogue catalogue;

    public void announce(Referral referral, ReferralUpdate.Step step, Instant at, String details) {
        String shown = details.length() > ReferralUpdate.MAX_DETAILS ? details.substring(0, ReferralUpdate.MAX_DETAILS)
                : details;
        outbox.enqueue(CasesHandOffs.COURT_PROGRESS, referral.id, deliveryId -> new ReferralUpdate(deliveryId,
                referral.caseId, referral.id, referral.referenceNumber, referral.submittedVersion, referral.courtCode,
                catalogue.courtName(referral.courtCode), step, at, shown));
    }
}
