package org.sanad.referrals.client;

import org.sanad.handoff.HandOff;

/** What referrals-service hands to cases-service, and where (cases-service's contract). */
public final class CasesHandOffs {

    public static final String DESTINATION = "cases-service";

    /** The court moved a referred case: its timeline and status, and from there the victims' complaints. */
    public static final HandOff<ReferralUpdate> COURT_PROGRESS = HandOff.of(DESTINATION, "court-progress",
            "/referral-updates", ReferralUpdate.class);

    private CasesHandOffs() {
    }
}
