package org.sanad.complaints.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Evidence")
public record EvidenceView(
        UUID id,
        String fileName,
        String contentType,
        long sizeBytes,
        @Schema(description = "SHA-256 of the bytes as received, lower-case hex") String sha256,
        Instant receivedAt,
        @Schema(description = "When the bytes were purged at the end of their retention period (hash and size kept); "
                + "null while they are kept") Instant purgedAt) {
}
