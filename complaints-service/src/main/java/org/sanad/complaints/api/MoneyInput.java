package org.sanad.complaints.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Money")
public record MoneyInput(
        @NotNull @Positive @Digits(integer = 17, fraction = 2) BigDecimal amount,
        @Schema(description = "ISO 4217 code", example = "IQD")
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "{sanad.currency}") String currency) {
}
