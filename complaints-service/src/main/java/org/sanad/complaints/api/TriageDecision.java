package org.sanad.complaints.api;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TriageDecision")
public record TriageDecision(
        @NotNull Outcome outcome,
        @Schema(description = "Required for NEEDS_INFORMATION: the question the filer sees")
        @Size(max = 2000) String question,
        @Schema(description = "Required for DUPLICATE: the complaint this one repeats") UUID duplicateOf,
        @Schema(description = "Required for REJECTED: the reason the filer sees") @Size(max = 2000) String reason,
        @Schema(description = "For officers only; never shown to the filer") @Size(max = 4000) String internalNote,
        @Schema(description = "For ACCEPTED: the number of an open case of the governorate to join; a new case "
                + "is opened without it (or if cases-service cannot use it)")
        @Size(max = 32) String intoCase) {

    @Schema(name = "TriageOutcome")
    public enum Outcome {
        UNDER_REVIEW, NEEDS_INFORMATION, DUPLICATE, REJECTED, ACCEPTED
    }
}
