package org.sanad.cases.api;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.kernel.identifiers.IdentifierType;
import org.sanad.cases.domain.FlagStatus;

@Schema(name = "CorrelationFlag", description = "A complaint sharing an identifier with an open case")
public record FlagView(UUID id,
        @Schema(description = "The open case the complaint shares an identifier with") UUID caseId,
        @Schema(example = "BG-2026-00123") String caseNumber,
        UUID complaintId,
        @Schema(description = "The case the flagged complaint is in") UUID complaintCaseId,
        @Schema(description = "Null once that case is no longer kept", example = "BS-2026-00045") @Nullable String complaintCaseNumber,
        IdentifierType identifierType, @Schema(example = "+9647509876543") String normalisedValue, FlagStatus status,
        Instant createdAt, @Schema(example = "supervisor-huda") @Nullable String decidedBy, @Nullable Instant decidedAt) {
}
