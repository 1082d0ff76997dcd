package org.sanad.cases.api;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VerificationResult")
public record VerificationResult(
        UUID itemId,
        String recordedSha256,
        String observedSha256,
        boolean matched,
        @Schema(description = "STORED_BYTES, COMPLAINT_EVIDENCE (bytes fetched from complaints-service) or OBSERVED_HASH")
        String method) {
}
