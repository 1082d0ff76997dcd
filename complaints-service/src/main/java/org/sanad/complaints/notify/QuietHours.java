package org.sanad.complaints.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.sanad.complaints.config.NotificationsConfig;

/**
 * The hours of the night in which no message but a safety one is sent: from {@code start} to
 * {@code end} in the jurisdiction's zone, across midnight when start is after end (22:00 to 08:00).
 */
public record QuietHours(LocalTime start, LocalTime end, ZoneId zone) {

    /** The jurisdiction's quiet hours, as configured ({@code notifications.quiet-hours}, {@code notifications.zone}). */
    public static QuietHours of(NotificationsConfig config) {
        return new QuietHours(config.quietHours().start().orElse(null), config.quietHours().end().orElse(null),
                config.zone());
    }

    /** When a message queued at {@code now} may go: the end of the quiet hours it falls in, or null when it falls in none. */
    public Instant heldUntil(Instant now) {
        if (start == null || end == null || start.equals(end)) {
            return null;
        }
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        LocalDate day = local.toLocalDate();
        if (start.isBefore(end)) {
            return !time.isBefore(start) && time.isBefore(end) ? end(day) : null;
        }
        if (!time.isBefore(start)) {
            return end(day.plusDays(1));
        }
        return time.isBefore(end) ? end(day) : null;
    }

    private Instant end(LocalDate day) {
        return ZonedDateTime.of(day, end, zone).toInstant();
    }
}
