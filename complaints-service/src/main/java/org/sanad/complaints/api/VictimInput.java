package org.sanad.complaints.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.complaints.domain.AgeBand;
import org.sanad.complaints.domain.Gender;

@Schema(name = "Victim", description = "The victim's personal data; reads of it are audited")
public record VictimInput(
        @Size(max = 200) String name,
        @Schema(description = "Any common form; stored as E.164", example = "0770 123 4567")
        @Size(max = 32) String contactPhone,
        @Schema(example = "FROM_18_TO_24") @NotNull AgeBand ageBand,
        @NotNull Boolean minor,
        @NotNull Gender gender,
        @Schema(description = "The victim prefers an officer of the same gender")
        boolean prefersSameGenderOfficer) {
}
