package org.sanad.referrals.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

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

    /** The court's replies in the order a referral meets them, each after the status the one before leaves. */
    @ParameterizedTest
    @CsvSource({
            "RECEIPT,  SUBMITTED",
            "REVIEW,   RECEIVED",
            "HEARING,  ACCEPTED",
            "HEARING,  HEARING_SCHEDULED",
            "DECISION, HEARING_SCHEDULED" })
    void aReplyInItsTurnIsTakenAndTheSameReplyOneStepEarlierIsNot(ReferralStatus.Reply reply, ReferralStatus status) {
        assertTrue(reply.acceptedFrom(status));
        if (status != ReferralStatus.HEARING_SCHEDULED) {
            assertFalse(reply.acceptedFrom(ReferralStatus.values()[status.ordinal() - 1]));
        }
    }

    @ParameterizedTest
    @EnumSource(value = ReferralStatus.class, names = { "DRAFT", "RETURNED", "DECIDED", "CLOSED" })
    void whileTheProsecutorHoldsTheReferralOrOnceItIsDecidedTheCourtHasNothingToReply(ReferralStatus status) {
        for (ReferralStatus.Reply reply : ReferralStatus.Reply.values()) {
            assertFalse(reply.acceptedFrom(status), reply + " when " + status);
        }
    }

    @Test
    void whatAReplyExpectsCannotBeChangedByWhoeverAsks() {
        assertThrows(UnsupportedOperationException.class,
                () -> ReferralStatus.Reply.DECISION.expected().add(ReferralStatus.CLOSED));
    }

    @Property
    void aReplyIsTakenFromExactlyTheStatusesItNamesAsExpected(@ForAll ReferralStatus.Reply reply,
            @ForAll ReferralStatus status) {
        assertEquals(reply.expected().contains(status), reply.acceptedFrom(status));
    }

    @Property
    void noCourtReplyIsTakenWhileTheContentMayStillChange(@ForAll ReferralStatus.Reply reply,
            @ForAll ReferralStatus status) {
        assertFalse(status.isAmendable() && reply.acceptedFrom(status), reply + " when " + status);
    }

    @Property
    void aClosedReferralIsTerminalNeitherAmendedNorAnswered(@ForAll ReferralStatus.Reply reply) {
        assertFalse(ReferralStatus.CLOSED.isAmendable());
        assertFalse(reply.acceptedFrom(ReferralStatus.CLOSED));
    }

    @Property
    void aCourtRepliesOnlyBetweenSubmissionAndDecision(@ForAll ReferralStatus.Reply reply, @ForAll ReferralStatus status) {
        if (reply.acceptedFrom(status)) {
            assertTrue(status.compareTo(ReferralStatus.SUBMITTED) >= 0 && status.compareTo(ReferralStatus.DECIDED) < 0,
                    reply + " when " + status);
        }
    }

    @Property
    void everyReplyHasATurn(@ForAll ReferralStatus.Reply reply) {
        assertFalse(reply.expected().isEmpty());
    }
}
