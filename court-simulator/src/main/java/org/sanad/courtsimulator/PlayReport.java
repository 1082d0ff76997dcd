package org.sanad.courtsimulator;

import java.util.List;
import java.util.UUID;

import org.sanad.client.referrals.model.FeedEntry;
import org.sanad.client.referrals.model.ReviewOutcome;

/**
 * What a {@code play} did.
 *
 * @param played every SUBMITTED version answered, in feed order
 * @param ownChanges the feed entries the court's own replies made, read back after the replies
 */
public record PlayReport(List<PlayedVersion> played, List<FeedEntry> ownChanges) {

    /**
     * One version, answered.
     *
     * @param kid the key its signature verified with
     * @param evidence the manifest's items, each fetched and its bytes matched to the signed SHA-256
     * @param replayConfirmed the retried receipt was answered {@code Idempotent-Replayed: true}
     * @param review ACCEPTED, or RETURNED
     * @param decided the decision was recorded (the referral answered DECIDED)
     */
    public record PlayedVersion(UUID referral, int version, String kid, List<CheckedEvidence> evidence,
            boolean replayConfirmed, ReviewOutcome review, boolean decided) {
    }

    /** The changes the court's replies made to one referral, in feed order (RECEIVED, ACCEPTED, ...). */
    public List<String> ownChanges(UUID referral) {
        return ownChanges.stream().filter(e -> referral.equals(e.getReferral().getId())).map(FeedEntry::getChange).toList();
    }
}
