package org.sanad.complaints.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DisclosureRequest", description = "A court's request for a victim's identity, with its reason")
public record DisclosureRequest(
        @Schema(description = "The court that asked", example = "IQ-PMC") @NotBlank @Size(max = 40) String courtCode,
        @Schema(description = "The referral the court is judging", example = "REF-2026-000042") @NotBlank @Size(max = 40) String referenceNumber,
        @Schema(description = "Why the court needs the identity, as the court stated it",
                example = "تحتاج المحكمة إلى سماع إفادة المجنى عليها") @NotBlank @Size(max = 2000) String reason) {
}
