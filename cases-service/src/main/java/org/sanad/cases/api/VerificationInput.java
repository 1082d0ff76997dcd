package org.sanad.cases.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VerificationRequest")
public record VerificationInput(
        @Size(max = 300) String location,
        @Schema(description = "For items whose bytes are not held by the suite (devices): the hash just taken")
        @Pattern(regexp = "[0-9a-f]{64}", message = "{sanad.sha256}") String observedSha256) {
}
