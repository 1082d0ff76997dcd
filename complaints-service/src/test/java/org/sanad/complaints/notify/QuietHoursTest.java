package org.sanad.complaints.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private static final ZoneId BAGHDAD = ZoneId.of("Asia/Baghdad");
    private static final QuietHours NIGHT = new QuietHours(LocalTime.of(22, 0), LocalTime.of(8, 0), BAGHDAD);

    @Test
    void aMessageQueuedLateInTheEveningWaitsUntilTheNextMorning() {
        assertEquals(Instant.parse("2026-12-08T05:00:00Z"), NIGHT.heldUntil(Instant.parse("2026-12-07T19:30:00Z")));
    }

    @Test
    void aMessageQueuedAfterMidnightWaitsUntilThatMorning() {
        assertEquals(Instant.parse("2026-12-08T05:00:00Z"), NIGHT.heldUntil(Instant.parse("2026-12-07T23:10:00Z")));
    }

    @Test
    void aMessageQueuedInTheDayGoesAtOnceAndTheBoundsBelongToTheDayAtTheEndAndToTheNightAtTheStart() {
        assertNull(NIGHT.heldUntil(Instant.parse("2026-12-07T09:00:00Z")));
        assertNull(NIGHT.heldUntil(Instant.parse("2026-12-07T05:00:00Z")), "08:00 in Baghdad");
        assertEquals(Instant.parse("2026-12-08T05:00:00Z"), NIGHT.heldUntil(Instant.parse("2026-12-07T19:00:00Z")),
                "22:00 in Baghdad");
    }

    @Test
    void quietHoursWithinOneDayHoldUntilTheirEndThatDay() {
        QuietHours siesta = new QuietHours(LocalTime.of(13, 0), LocalTime.of(15, 0), BAGHDAD);
        assertEquals(Instant.parse("2026-12-07T12:00:00Z"), siesta.heldUntil(Instant.parse("2026-12-07T10:30:00Z")));
        assertNull(siesta.heldUntil(Instant.parse("2026-12-07T12:00:00Z")));
    }

    @Test
    void noQuietHoursHoldNothing() {
        assertNull(new QuietHours(null, null, BAGHDAD).heldUntil(Instant.parse("2026-12-07T23:00:00Z")));
        assertNull(new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, BAGHDAD).heldUntil(Instant.now()));
    }
}
