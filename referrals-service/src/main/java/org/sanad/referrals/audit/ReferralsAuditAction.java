package org.sanad.referrals.audit;

import org.sanad.core.audit.AuditAction;

/** What referrals-service audits: its own words of the suite's audit vocabulary (codes never change once written). */
public enum ReferralsAuditAction implements AuditAction {
    EVIDENCE_COURT_LINK("evidence.court-link"),
    EVIDENCE_COURT_ACCESS("evidence.court-access"),
    VICTIM_IDENTITY_DISCLOSE("victim.identity.disclose"),
    VICTIM_IDENTITY_REQUEST("victim.identity.request"),
    VICTIM_IDENTITY_DECIDE("victim.identity.decide"),
    VICTIM_IDENTITY_REQUESTS_READ("victim.identity.requests-read"),
    REFERRAL_DRAFT("referral.draft"),
    REFERRAL_AMEND("referral.amend"),
    REFERRAL_SUBMIT("referral.submit"),
    REFERRAL_READ("referral.read"),
    REFERRAL_LIST("referral.list"),
    REFERRAL_CLOSE("referral.close"),
    COURT_FEED_READ("court.feed.read"),
    COURT_RECEIPT("court.receipt"),
    COURT_REVIEW("court.review"),
    COURT_HEARING("court.hearing"),
    COURT_DECISION("court.decision"),
    COURT_WEBHOOK_SET("court.webhook.set"),
    COURT_WEBHOOK_READ("court.webhook.read"),
    COURT_WEBHOOK_REMOVE("court.webhook.remove"),
    COURT_WEBHOOK_ROTATE_SECRET("court.webhook.rotate-secret");

    private final String code;

    ReferralsAuditAction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
