package org.sanad.core.http;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.sanad.core.problem.ProblemException;

/**
 * Whole days [from, to) in UTC, as the statistics operations take them: {@code from} and
 * {@code to} query parameters written YYYY-MM-DD, {@code to} the day after the last one counted.
 */
public record DayRange(LocalDate from, LocalDate to) {

    /**
     * The days asked for: {@code to} by default tomorrow (so today counts), {@code from} by default
     * a year before {@code to}. A malformed day, or {@code to} not after {@code from}, is a 400
     * naming the parameter.
     */
    public static DayRange of(String from, String to) {
        LocalDate end = QueryParams.date(to, "to", LocalDate.now(ZoneOffset.UTC).plusDays(1));
        LocalDate start = QueryParams.date(from, "from", end.minusYears(1));
        if (!start.isBefore(end)) {
            throw ProblemException.invalidField("to", "param.day-range.invalid");
        }
        return new DayRange(start, end);
    }

    /** The first instant counted: {@code from}'s midnight, UTC. */
    public Instant start() {
        return from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant not counted: {@code to}'s midnight, UTC. */
    public Instant end() {
        return to.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
