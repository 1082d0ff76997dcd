package org.sanad.handoff;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * What became of one delivery attempt, and so what the relay does next: nothing (delivered),
 * try again later (the receiver could not take it now), or park the event as dead (the receiver
 * will never take it as it is: retrying would only hide real outages in the backlog).
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

    record Dead(int status, String answer) implements DeliveryOutcome {
    }

    /** The receiver could not be reached, or no token could be had for it. */
    static DeliveryOutcome unreachable(Exception e) {
        return new Retry(null, clip(e.getClass().getSimpleName() + ": " + e.getMessage()), null);
    }

    /**
     * Classifies the receiver's answer: 2xx delivered; 408, 429, 5xx and 401 (a token that
     * expired on the way) retried, honouring {@code Retry-After}; every other 4xx dead, with the
     * answer kept for the operator.
     */
    static DeliveryOutcome ofAnswer(int status, String retryAfter, String body, Instant now) {
        if (status >= 200 && status < 300) {
            return new Delivered();
        }
        String answer = clip("HTTP " + status + (body == null || body.isBlank() ? "" : ": " + body.strip()));
        if (status == 408 || status == 429 || status >= 500 || status == 401) {
            return new Retry(status, answer, retryAfter(retryAfter, now));
        }
        return new Dead(status, answer);
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

    private static String clip(String text) {
        return text.length() > MAX_ANSWER ? text.substring(0, MAX_ANSWER) : text;
    }
}
