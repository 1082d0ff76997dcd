package org.sanad.complaints.api;

import java.util.Set;

import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.complaints.domain.DemandType;

@Schema(name = "Demand")
public record DemandInput(
        @NotEmpty Set<@NotNull DemandType> types,
        @Schema(description = "Required when types include MONEY") @Valid @Nullable MoneyInput money,
        @Schema(example = "يطلب مليون دينار خلال يومين") @Size(max = 2000) @Nullable String details) {
}
