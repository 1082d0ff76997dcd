package org.sanad.complaints.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.kernel.identifiers.IdentifierType;

@Schema(name = "IdentifierInput", description = "An identifier of the blackmailer, as the victim knows it")
public record IdentifierInput(
        @NotNull IdentifierType type,
        @Schema(example = "+964 770 123 4567") @NotBlank @Size(max = 500) String value) {
}
