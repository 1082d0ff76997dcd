package org.sanad.cases.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.cases.domain.Gender;

@Schema(name = "Assignment")
public record AssignmentInput(
        @Schema(description = "The lead investigator's user id: an investigator of the case's governorate, as "
                + "GET /officers lists them", example = "officer-ahmed") @NotBlank @Size(max = 255) String leadInvestigator,
        @Schema(description = "Lets the case show whether a victim's same-gender request is honoured; taken from "
                + "the officer directory when absent") Gender leadInvestigatorGender,
        @Size(max = 100) String owningUnit) {
}
