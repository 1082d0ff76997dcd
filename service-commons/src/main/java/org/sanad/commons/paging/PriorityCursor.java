package org.sanad.commons.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.sanad.commons.problem.ProblemException;

/**
 * Position in a list ordered by priority score, then a timestamp, then id: an opaque keyset
 * cursor, so a page is as fast at the end of a list as at its head and never skips or repeats a
 * row when new ones arrive.
 */
public record PriorityCursor(int priorityScore, Instant at, UUID id) {

    public String encode() {
        String raw = priorityScore + "|" + at.getEpochSecond() + "|" + at.getNano() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor handed out by {@link #encode()}; anything else is a 400 on {@code parameter}. */
    public static PriorityCursor decode(String cursor, String parameter) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|");
            if (parts.length != 4) {
                throw new IllegalArgumentException("four parts expected");
            }
            return new PriorityCursor(Integer.parseInt(parts[0]),
                    Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2])),
                    UUID.fromString(parts[3]));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(parameter, "paging.cursor.invalid");
        }
    }
}
