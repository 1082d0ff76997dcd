package org.sanad.handoff;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * What became of one delivery attempt, and so what the relay does next: nothing (delivered),
 * try again later (the receiver could not take it now), try again a bounded number of times (the
 * receiver refused it, which a deploy or a realm fix may change), or park the event as dead (no
 * deploy changes the answer to these bytes).
 */
public sealed interface DeliveryOutcome {

    /** The longest a receiver's {@code Retry-After} may hold an event back. */
    Duration LONGEST_RETRY_AFTER = Duration.ofHours(1);

    int MAX_ANSWER = 1000;

    record Delivered() implements DeliveryOutcome {
    }

    /** @param retryAfter the delay the receiver asked for, or null to use the relay's backoff */
    record Retry(Integer status, String reason, Duration retryAfter) implements DeliveryOutcome {
    }

    /** A refusal that may be the receiver's or the realm's passing state: a path not deployed yet, a role not granted yet. */
    record Refused(int status, String answer) implements DeliveryOutcome {
    }

    record Dead(int status, String answer) implements DeliveryOutcome {
    }

    /** The receiver could not be reached, or no token could be had for it. */
    static DeliveryOutcome unreachable(Exception e) {
        return new Retry(null, clip(e.getClass().getSimpleName() + ": " + e.getMessage()), null);
    }

    /**
     * Classifies the receiver's answer: 2xx delivered; 408, 429, 5xx and 401 (a token that
     * expired on the way) retried, honouring {@code Retry-After}; 413 and 415 dead, with the answer
     * kept for the operator: the stored payload is too large or not JSON to any version of the
     * receiver; every other 4xx refused. A refusal is often a deploy's or a realm's moment: 404 from
     * a receiver not yet at the version with the path, 403 from a client not yet granted its role,
     * 400 from an older receiver that refuses a field it does not know yet (receivers fail on
     * unknown properties), 409 or 422 from a rule that differs between versions.
     */
    static DeliveryOutcome ofAnswer(int status, String retryAfter, String body, Instant now) {
        if (status >= 200 && status < 300) {
            return new Delivered();
        }
        String answer = clip("HTTP " + status + (body == null || body.isBlank() ? "" : ": " + body.strip()));
        if (status == 408 || status == 429 || status >= 500 || status == 401) {
            return new Retry(status, answer, retryAfter(retryAfter, now));
        }
        if (status == 413 || status == 415) {
            return new Dead(status, answer);
        }
        return new Refused(status, answer);
    }

    /** {@code Retry-After} as delta-seconds or an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        Duration delay;
        try {
            delay = Duration.ofSeconds(Long.parseLong(header.strip()));
        } catch (NumberFormatException notSeconds) {
            try {
                delay = Duration.between(now, ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME));
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
        if (delay.isNegative()) {
            return Duration.ZERO;
        }
        return delay.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : delay;
    }

    /** At most {@code MAX_ANSWER} characters, control characters (a CR/LF that would forge a log line) as spaces. */
    private static String clip(String text) {
        String clipped = text.length() > MAX_ANSWER ? text.substring(0, MAX_ANSWER) : text;
        return clipped.replaceAll("\\p{Cntrl}", " ");
    }
}
