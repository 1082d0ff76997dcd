package org.sanad.cases.api;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.core.validation.Within;
import org.sanad.cases.domain.ActionType;

@Schema(name = "NewAction")
public record ActionInput(
        @NotNull ActionType type,
        @Schema(description = "When it happened: in the last ten years, not in the future") @NotNull @Within(daysBefore = 3653, daysAfter = 0) Instant occurredAt,
        @Size(max = 10000) String details,
        @Schema(description = "Required for ARREST") @Size(max = 300) String place,
        @Schema(description = "Required for ARREST") @Size(max = 100) String unit,
        @Schema(description = "Required for ARREST: a suspect of this case") UUID suspectId,
        @Schema(description = "For PLATFORM_ANSWER: the request it answers") UUID answersActionId) {
}
