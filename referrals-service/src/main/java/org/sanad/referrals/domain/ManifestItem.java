package org.sanad.referrals.domain;

import java.time.Instant;
import java.util.UUID;

/** An evidence item of the referral, with the SHA-256 every court access is checked against. */
public record ManifestItem(UUID itemId, String kind, String description, String fileName, String contentType,
        Long sizeBytes, String sha256, Custody custody) {

    /** The item's chain of custody in brief, as cases-service summarised it when the version was drafted. */
    public record Custody(int entries, int hashChecks, boolean allChecksMatched, String lastAction, Instant lastAt) {
    }
}
