package org.sanad.cases.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.cases.domain.CustodyAction;

@Schema(name = "CustodyStep")
public record CustodyInput(
        @Schema(description = "TRANSFERRED, EXAMINED, SEALED or RELEASED") @NotNull CustodyAction action,
        @Size(max = 300) String location,
        @Size(max = 1000) String note,
        @Schema(description = "The hash the handler observed, if they checked it")
        @Pattern(regexp = "[0-9a-f]{64}", message = "{sanad.sha256}") String observedSha256) {
}
