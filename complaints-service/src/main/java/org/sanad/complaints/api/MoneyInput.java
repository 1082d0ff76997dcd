package org.sanad.complaints.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Money", description = "An amount with at most 15 significant digits (exact in a JavaScript number) "
        + "and 2 decimals, always written without trailing zeros: 50000000, 12.5")
public record MoneyInput(
        @NotNull @Positive @Digits(integer = 13, fraction = 2) BigDecimal amount,
        @Schema(description = "ISO 4217 code", example = "IQD")
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "{sanad.currency}") String currency) {
}
