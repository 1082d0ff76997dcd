package org.sanad.cases.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.commons.identifiers.IdentifierType;
import org.sanad.cases.domain.FlagStatus;

@Schema(name = "CorrelationFlag", description = "A complaint sharing an identifier with an open case")
public record FlagView(UUID id, String caseNumber, UUID complaintId, String complaintCaseNumber,
        IdentifierType identifierType, String normalisedValue, FlagStatus status, Instant createdAt,
        String decidedBy, Instant decidedAt) {
}
