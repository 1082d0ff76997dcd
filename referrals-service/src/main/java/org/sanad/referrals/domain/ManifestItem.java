package org.sanad.referrals.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An evidence item of the referral, with the SHA-256 every court access is checked against. Its
 * file name is the neutral one {@code CourtManifest} gives, never the name it was uploaded with.
 */
public record ManifestItem(UUID itemId, @Schema(example = "FILE") String kind,
        @Schema(example = "لقطة شاشة لرسالة التهديد") String description,
        @Schema(description = "A neutral name: the item's place in the manifest and an extension for its type (item-2.jpg); null for an item known by its hash alone", example = "item-2.jpg")
        @Nullable String fileName,
        @Schema(example = "image/jpeg") @Nullable String contentType,
        @Nullable Long sizeBytes, @Schema(example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256, Custody custody) {

    /** The item's chain of custody in brief, as cases-service summarised it when the version was drafted. */
    @Schema(name = "Custody")
    public record Custody(int entries, int hashChecks, boolean allChecksMatched,
            @Schema(example = "VERIFIED") @Nullable String lastAction, @Nullable Instant lastAt) {
    }
}
