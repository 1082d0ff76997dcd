package org.sanad.cases.api;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VerificationResult")
public record VerificationResult(
        UUID itemId,
        @Schema(example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String recordedSha256,
        @Schema(example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String observedSha256,
        boolean matched,
        @Schema(description = "STORED_BYTES, COMPLAINT_EVIDENCE (bytes fetched from complaints-service) or OBSERVED_HASH",
                example = "STORED_BYTES")
        String method) {
}
