package org.sanad.cases.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.kernel.identifiers.IdentifierType;

@Schema(name = "IdentifierInput")
public record IdentifierInput(@NotNull IdentifierType type,
        @Schema(example = "+964 750 987 6543") @NotBlank @Size(max = 500) String value) {
}
