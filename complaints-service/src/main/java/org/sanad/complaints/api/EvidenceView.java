package org.sanad.complaints.api;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Evidence")
public record EvidenceView(
        UUID id,
        @Schema(example = "لقطة-شاشة-التهديد.jpg") String fileName,
        @Schema(example = "image/jpeg") String contentType,
        long sizeBytes,
        @Schema(description = "SHA-256 of the bytes as received, lower-case hex", example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        Instant receivedAt,
        @Schema(description = "When the bytes were purged at the end of their retention period (hash and size kept); "
                + "null while they are kept") @Nullable Instant purgedAt) {
}
