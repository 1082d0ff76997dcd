package org.sanad.cases.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.kernel.identifiers.IdentifierType;
import org.sanad.cases.domain.FlagStatus;

@Schema(name = "CorrelationFlag", description = "A complaint sharing an identifier with an open case")
public record FlagView(UUID id,
        @Schema(description = "The open case the complaint shares an identifier with") UUID caseId, String caseNumber,
        UUID complaintId,
        @Schema(description = "The case the flagged complaint is in") UUID complaintCaseId, String complaintCaseNumber,
        IdentifierType identifierType, String normalisedValue, FlagStatus status, Instant createdAt,
        String decidedBy, Instant decidedAt) {
}
