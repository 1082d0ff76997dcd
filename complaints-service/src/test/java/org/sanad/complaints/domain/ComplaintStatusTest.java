package org.sanad.complaints.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class ComplaintStatusTest {

    private static final Map<ComplaintStatus, Set<ComplaintStatus>> ALLOWED = Map.of(
            ComplaintStatus.SUBMITTED, EnumSet.of(ComplaintStatus.UNDER_REVIEW, ComplaintStatus.DUPLICATE,
                    ComplaintStatus.REJECTED, ComplaintStatus.WITHDRAWN),
            ComplaintStatus.UNDER_REVIEW, EnumSet.of(ComplaintStatus.NEEDS_INFORMATION, ComplaintStatus.DUPLICATE,
                    ComplaintStatus.REJECTED, ComplaintStatus.ACCEPTED, ComplaintStatus.WITHDRAWN),
            ComplaintStatus.NEEDS_INFORMATION, EnumSet.of(ComplaintStatus.UNDER_REVIEW, ComplaintStatus.DUPLICATE,
                    ComplaintStatus.REJECTED, ComplaintStatus.WITHDRAWN));

    @Test
    void onlyTheTriageTableMovesAComplaint() {
        for (ComplaintStatus from : ComplaintStatus.values()) {
            for (ComplaintStatus to : ComplaintStatus.values()) {
                boolean expected = ALLOWED.getOrDefault(from, Set.of()).contains(to);
                assertEquals(expected, from.canMoveTo(to), from + " -> " + to);
            }
        }
    }

    @Test
    void aComplaintIsOpenUntilDecided() {
        assertEquals(ALLOWED.keySet(), EnumSet.copyOf(ComplaintStatus.OPEN));
        for (ComplaintStatus status : ComplaintStatus.values()) {
            assertEquals(ALLOWED.containsKey(status), status.isOpen(), status.name());
        }
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(textBlock = """
            SUBMITTED,         ACCEPTED,          false
            UNDER_REVIEW,      ACCEPTED,          true
            NEEDS_INFORMATION, ACCEPTED,          false
            NEEDS_INFORMATION, UNDER_REVIEW,      true
            UNDER_REVIEW,      SUBMITTED,         false
            SUBMITTED,         NEEDS_INFORMATION, false
            ACCEPTED,          WITHDRAWN,         false
            WITHDRAWN,         UNDER_REVIEW,      false
            """)
    void aComplaintIsAcceptedOnlyAfterReviewAndNeverReopened(ComplaintStatus from, ComplaintStatus to,
            boolean allowed) {
        assertEquals(allowed, from.canMoveTo(to));
    }

    @ParameterizedTest
    @EnumSource(value = ComplaintStatus.class, names = { "ACCEPTED", "DUPLICATE", "REJECTED", "WITHDRAWN" })
    void aDecidedComplaintIsNoLongerOpen(ComplaintStatus decided) {
        assertFalse(decided.isOpen());
    }

    @Property
    void noStatusLeadsOutOfAFinalOne(@ForAll ComplaintStatus from, @ForAll ComplaintStatus to) {
        if (!from.isOpen()) {
            assertFalse(from.canMoveTo(to), from + " -> " + to);
        }
    }

    @Property
    void noMoveLeavesAComplaintWhereItWas(@ForAll ComplaintStatus status) {
        assertFalse(status.canMoveTo(status));
    }

    @Property
    void anOpenComplaintCanAlwaysBeWithdrawn(@ForAll ComplaintStatus status) {
        assertEquals(status.isOpen(), status.canMoveTo(ComplaintStatus.WITHDRAWN));
    }

    @Property
    void aComplaintFollowingAnyMovesNeverReturnsToSubmittedAndStopsOnceDecided(
            @ForAll List<ComplaintStatus> attempted) {
        ComplaintStatus current = ComplaintStatus.SUBMITTED;
        boolean decided = false;
        for (ComplaintStatus next : attempted) {
            if (current.canMoveTo(next)) {
                assertFalse(decided, "moved on from " + current + " to " + next);
                assertNotEquals(ComplaintStatus.SUBMITTED, next);
                current = next;
                decided = !current.isOpen();
            }
        }
    }
}
