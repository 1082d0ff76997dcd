package org.sanad.complaints.service;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.sanad.commons.problem.ProblemException;
import org.sanad.complaints.domain.Complaint;

/**
 * Position in the intake queue (priority score, submission time, id): an opaque keyset cursor,
 * so a page is as fast at the end of the queue as at its head and never skips or repeats a
 * complaint when new ones arrive.
 */
record QueueCursor(int priorityScore, Instant submittedAt, UUID id) {

    static QueueCursor after(Complaint complaint) {
        return new QueueCursor(complaint.priorityScore, complaint.submittedAt, complaint.id);
    }

    String encode() {
        String raw = priorityScore + "|" + submittedAt.getEpochSecond() + "|" + submittedAt.getNano() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static QueueCursor decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|");
            if (parts.length != 4) {
                throw new IllegalArgumentException("four parts expected");
            }
            return new QueueCursor(Integer.parseInt(parts[0]),
                    Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2])),
                    UUID.fromString(parts[3]));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("after", "queue.cursor.invalid");
        }
    }
}
