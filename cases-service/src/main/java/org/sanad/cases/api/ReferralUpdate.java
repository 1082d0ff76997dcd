package org.sanad.cases.api;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.cases.domain.CourtStep;
import org.sanad.handoff.HandOffMessage;

@Schema(name = "ReferralUpdate", description = "A referred case's progress at court, reported by referrals-service")
public record ReferralUpdate(
        @Schema(description = "Unique per report; redeliveries carry the same id") @NotNull UUID deliveryId,
        @NotNull UUID caseId,
        @NotNull UUID referralId,
        @Schema(example = "REF-2026-000042") @NotBlank @Size(max = 40) String referenceNumber,
        @Positive int version,
        @Schema(example = "IQ-PMC") @NotBlank @Size(max = 40) String courtCode,
        @Schema(example = "محكمة قضايا النشر والإعلام (بغداد)") @NotBlank @Size(max = 300) String courtName,
        @NotNull CourtStep step,
        @Schema(description = "When the step happened at court") @NotNull Instant occurredAt,
        @Schema(description = "For the case's timeline: the hearing's date and chamber, the decision's verdicts, "
                + "the reasons of a return") @Size(max = 4000) String details) implements HandOffMessage {
}
