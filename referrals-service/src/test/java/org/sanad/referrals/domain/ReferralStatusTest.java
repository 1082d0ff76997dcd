package org.sanad.referrals.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ReferralStatusTest {

    @Test
    void eachCourtReplyIsTakenOnlyInItsTurn() {
        Map<ReferralStatus.Reply, Set<ReferralStatus>> turns = Map.of(
                ReferralStatus.Reply.RECEIPT, Set.of(ReferralStatus.SUBMITTED),
                ReferralStatus.Reply.REVIEW, Set.of(ReferralStatus.RECEIVED),
                ReferralStatus.Reply.HEARING, Set.of(ReferralStatus.ACCEPTED, ReferralStatus.HEARING_SCHEDULED),
                ReferralStatus.Reply.DECISION, Set.of(ReferralStatus.HEARING_SCHEDULED));
        for (ReferralStatus.Reply reply : ReferralStatus.Reply.values()) {
            for (ReferralStatus status : ReferralStatus.values()) {
                assertEquals(turns.get(reply).contains(status), reply.acceptedFrom(status), reply + " when " + status);
            }
        }
    }

    @Test
    void onlyADraftOrAReturnedReferralIsAmended() {
        for (ReferralStatus status : ReferralStatus.values()) {
            assertEquals(status == ReferralStatus.DRAFT || status == ReferralStatus.RETURNED, status.isAmendable(),
                    status.name());
        }
    }
}
