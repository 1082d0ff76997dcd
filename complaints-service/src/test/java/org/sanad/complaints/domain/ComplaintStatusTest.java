package org.sanad.complaints.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

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
}
