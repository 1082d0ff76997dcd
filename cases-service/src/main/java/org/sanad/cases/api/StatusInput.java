package org.sanad.cases.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.cases.domain.CaseStatus;
import org.sanad.cases.domain.ClosureReason;

@Schema(name = "StatusChange")
public record StatusInput(
        @NotNull CaseStatus status,
        @Schema(description = "Required when closing") ClosureReason closureReason,
        @Size(max = 2000) String note) {
}
