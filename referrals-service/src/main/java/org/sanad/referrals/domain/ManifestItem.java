package org.sanad.referrals.domain;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An evidence item of the referral, with the SHA-256 every court access is checked against. Its
 * file name is the neutral one {@code CourtManifest} gives, never the name it was uploaded with.
 */
public record ManifestItem(UUID itemId, String kind, String description,
        @Schema(description = "A neutral name: the item's place in the manifest and an extension for its type (item-2.jpg)") String fileName,
        String contentType,
        Long sizeBytes, String sha256, Custody custody) {

    /** The item's chain of custody in brief, as cases-service summarised it when the version was drafted. */
    public record Custody(int entries, int hashChecks, boolean allChecksMatched, String lastAction, Instant lastAt) {
    }
}
