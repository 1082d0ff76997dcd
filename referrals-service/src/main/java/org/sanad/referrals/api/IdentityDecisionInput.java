package org.sanad.referrals.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IdentityDecision", description = "A prosecutor's decision on a court's identity request")
public record IdentityDecisionInput(@NotNull Boolean approved,
        @Schema(description = "Why; recorded with the decision") @Size(max = 2000) String note) {
}
