package org.sanad.complaints.api;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.complaints.domain.Priority;
import org.sanad.complaints.risk.DutyAlert;

@Schema(name = "RiskAlertView", description = "A complaint that must not wait unseen: filed with a risk signal, or left "
        + "untriaged past its deadline. No personal data of the victim: the complaint holds it.")
public record RiskAlertView(
        UUID id,
        UUID complaintId,
        @Schema(example = "IQ-2026-7K3Q-9MZD") String trackingNumber,
        @Schema(example = "IQ-BG") String governorate,
        @Schema(description = "Who must act: INTAKE the governorate's on-duty intake officers, SUPERVISOR its supervisor "
                + "(the triage deadline passed), NATIONAL the national unit (still untriaged after that)")
        DutyAlert.Level level,
        @Schema(description = "Why: the filing's risk signals, or TRIAGE_OVERDUE") Set<DutyAlert.Reason> reasons,
        @Schema(description = "The complaint's priority now") Priority priority,
        Instant raisedAt,
        @Schema(description = "When the complaint must be triaged; null once it was (it left SUBMITTED)")
        @Nullable Instant triageDueAt,
        @Nullable Instant acknowledgedAt,
        @Schema(description = "The officer who acknowledged it (token subject)", example = "intake-officer-IQ-BG")
        @Nullable String acknowledgedBy) {
}
