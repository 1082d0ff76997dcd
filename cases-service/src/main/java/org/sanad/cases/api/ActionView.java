package org.sanad.cases.api;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.cases.domain.ActionType;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "Action")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActionView(UUID id, ActionType type, Instant occurredAt, Instant recordedAt,
        @Schema(example = "officer-ahmed") String officer,
        @Schema(description = "The officer's name, from the officer directory", example = "أحمد كريم") @Nullable String officerName,
        @Schema(example = "تم استدعاء المشتبه به للتحقيق") @Nullable String details,
        @Schema(example = "بغداد، الكرادة") @Nullable String place,
        @Schema(example = "مديرية مكافحة الجرائم الإلكترونية") @Nullable String unit,
        @Nullable UUID suspectId, @Nullable UUID answersActionId) {
}
