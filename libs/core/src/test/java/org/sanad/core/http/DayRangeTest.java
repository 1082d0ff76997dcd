package org.sanad.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.sanad.core.problem.ProblemException;

class DayRangeTest {

    @Test
    void theDaysAskedForAreCountedFromTheFirstMidnightUpToTheLastOne() {
        DayRange march = DayRange.of("2026-03-01", "2026-04-01");
        assertEquals(Instant.parse("2026-03-01T00:00:00Z"), march.start());
        assertEquals(Instant.parse("2026-04-01T00:00:00Z"), march.end());
    }

    @Test
    void withoutDaysTheYearUpToAndIncludingTodayIsCounted() {
        LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
        assertEquals(new DayRange(tomorrow.minusYears(1), tomorrow), DayRange.of(null, " "));
        assertEquals(new DayRange(LocalDate.parse("2025-06-01"), LocalDate.parse("2026-06-01")), DayRange.of(null, "2026-06-01"));
    }

    @Test
    void aMalformedDayOrAnEndNotAfterTheStartIsRefused() {
        assertThrows(ProblemException.class, () -> DayRange.of("2026-02-30", null));
        assertThrows(ProblemException.class, () -> DayRange.of(null, "tomorrow"));
        assertThrows(ProblemException.class, () -> DayRange.of("2026-03-01", "2026-03-01"));
        assertThrows(ProblemException.class, () -> DayRange.of("2026-03-02", "2026-03-01"));
    }
}
