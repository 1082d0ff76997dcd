package org.sanad.cases.api;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.cases.domain.CaseStatus;
import org.sanad.cases.domain.Priority;

@Schema(name = "CaseSummary")
public record CaseSummary(UUID id, @Schema(example = "BG-2026-00123") String caseNumber,
        @Schema(example = "ابتزاز عبر فيسبوك بصور خاصة") String title, @Schema(example = "IQ-BG") String governorate,
        @Schema(example = "مديرية مكافحة الجرائم الإلكترونية") @Nullable String owningUnit,
        @Schema(example = "officer-ahmed") @Nullable String leadInvestigator, Priority priority, int priorityScore, CaseStatus status, Instant createdAt) {
}
