package org.sanad.cases.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.cases.domain.EvidenceKind;

@Schema(name = "NewEvidenceItem", description = "An item registered by investigators, e.g. a seized device "
        + "and the SHA-256 of its image, taken with forensic tools")
public record EvidenceItemInput(
        @NotNull EvidenceKind kind,
        @Schema(example = "هاتف المشتبه به، سامسونج") @NotBlank @Size(max = 1000) String description,
        @Schema(example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "{sanad.sha256}") String sha256,
        @Size(max = 300) String location) {
}
