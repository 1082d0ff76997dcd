package org.sanad.complaints.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.handoff.HandOffMessage;
import org.sanad.complaints.domain.InvestigationStatus;

@Schema(name = "CaseUpdate", description = "Case progress announced by cases-service; public status only")
public record CaseUpdate(
        @Schema(description = "Unique per announcement; redeliveries carry the same id") @NotNull UUID deliveryId,
        @NotNull UUID caseId,
        @Schema(example = "BG-2026-00123") @NotBlank @Size(max = 32) String caseNumber,
        @NotEmpty @Size(max = 1000) List<@NotNull UUID> complaintIds,
        @NotNull InvestigationStatus investigationStatus,
        @Schema(description = "When the case reached this status") @NotNull Instant changedAt,
        @Schema(description = "A supervisor holds the case's evidence past its retention (legal hold): the complaints' "
                + "files are kept too. Absent means false") Boolean evidenceHeld) implements HandOffMessage {

    public boolean held() {
        return Boolean.TRUE.equals(evidenceHeld);
    }
}
