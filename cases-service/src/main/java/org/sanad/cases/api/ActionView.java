package org.sanad.cases.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.cases.domain.ActionType;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "Action")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionView(UUID id, ActionType type, Instant occurredAt, Instant recordedAt, String officer,
        @Schema(description = "The officer's name, from the officer directory") String officerName,
        String details, String place, String unit, UUID suspectId, UUID answersActionId) {
}
