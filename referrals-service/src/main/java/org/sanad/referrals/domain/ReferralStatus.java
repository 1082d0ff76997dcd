package org.sanad.referrals.domain;

import java.util.Set;

/**
 * A referral's life: draft → submitted → received (the court acknowledged it) → accepted, or
 * returned with reasons (the prosecutor amends it into a new version and submits again) →
 * hearing scheduled → decided → closed.
 */
public enum ReferralStatus {
    DRAFT, SUBMITTED, RECEIVED, ACCEPTED, RETURNED, HEARING_SCHEDULED, DECIDED, CLOSED;

    /** Where the prosecutor may change the content: a first draft, or a returned referral's next version. */
    public boolean isAmendable() {
        return this == DRAFT || this == RETURNED;
    }

    /** What a court may reply, and when. */
    public enum Reply {
        RECEIPT(Set.of(SUBMITTED)),
        REVIEW(Set.of(RECEIVED)),
        HEARING(Set.of(ACCEPTED, HEARING_SCHEDULED)),
        DECISION(Set.of(HEARING_SCHEDULED));

        private final Set<ReferralStatus> acceptedFrom;

        Reply(Set<ReferralStatus> acceptedFrom) {
            this.acceptedFrom = acceptedFrom;
        }

        public boolean acceptedFrom(ReferralStatus status) {
            return acceptedFrom.contains(status);
        }

        public Set<ReferralStatus> expected() {
            return acceptedFrom;
        }
    }
}
