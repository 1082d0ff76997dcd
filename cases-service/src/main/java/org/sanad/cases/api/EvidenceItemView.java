package org.sanad.cases.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.cases.domain.EvidenceKind;
import org.sanad.cases.domain.EvidenceSource;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "EvidenceItem")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvidenceItemView(UUID id, EvidenceSource source, EvidenceKind kind, String description,
        UUID complaintId, UUID complaintEvidenceId, String fileName, String contentType, Long sizeBytes,
        String sha256, Instant registeredAt, String registeredBy,
        @Schema(description = "When the file's bytes were purged at the end of their retention period; absent while kept")
        Instant purgedAt) {
}
