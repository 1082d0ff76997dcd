package org.sanad.referrals.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReferralInput", description = "A referral's content as the prosecutor drafts or amends it")
public record ReferralInput(
        @Schema(description = "The case referred: required to draft, must not change when amending") UUID caseId,
        @Schema(description = "A court of the catalogue that takes the case's governorate", example = "IQ-PMC") @NotBlank @Size(max = 40) String courtCode,
        @Schema(description = "The facts and the prosecution's case, usually in Arabic",
                example = "ابتزاز الضحية بنشر صور خاصة مقابل مليون دينار عبر فيسبوك وواتساب") @NotBlank @Size(max = 20000) String summary,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid DefendantInput> defendants,
        @Schema(description = "The evidence items to list in the manifest; all of the case's when absent")
        @Size(max = 500) List<@NotNull UUID> evidenceItemIds) {

    @Schema(name = "DefendantInput")
    public record DefendantInput(
            @Schema(description = "A suspect of the case") @NotNull UUID suspectId,
            @Schema(description = "Statute codes of the catalogue", example = "[\"IQ-PC-430\"]") @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 40) String> charges) {
    }
}
