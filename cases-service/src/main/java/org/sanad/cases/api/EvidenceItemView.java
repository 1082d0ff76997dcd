package org.sanad.cases.api;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.cases.domain.EvidenceKind;
import org.sanad.cases.domain.EvidenceSource;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "EvidenceItem")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvidenceItemView(UUID id, EvidenceSource source, EvidenceKind kind,
        @Schema(example = "لقطة شاشة لرسالة التهديد") String description,
        @Nullable UUID complaintId, @Nullable UUID complaintEvidenceId,
        @Schema(example = "لقطة-شاشة-التهديد.jpg") @Nullable String fileName,
        @Schema(example = "image/jpeg") @Nullable String contentType, @Nullable Long sizeBytes,
        @Schema(example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256, Instant registeredAt, @Schema(example = "officer-ahmed") String registeredBy,
        @Schema(description = "When the file's bytes were purged at the end of their retention period; absent while kept")
        @Nullable Instant purgedAt) {
}
