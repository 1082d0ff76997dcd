package org.sanad.evidence.retention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LegalHoldInput", description = "Why the evidence must be kept past its retention period")
public record LegalHoldInput(
        @Schema(description = "E.g. an appeal pending, a related investigation, a court order",
                example = "قرار قاضي التحقيق بحفظ الأدلة لحين البت في الطعن") @NotBlank @Size(max = 1000)
        String reason) {
}
