package org.sanad.cases.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.handoff.HandOffMessage;
import org.sanad.kernel.identifiers.IdentifierType;
import org.sanad.cases.domain.Gender;
import org.sanad.cases.domain.Priority;

@Schema(name = "ComplaintDelivery", description = "An accepted complaint handed over by complaints-service. "
        + "Delivered at least once; applied exactly once (by deliveryId, and one link per complaint and case).")
public record ComplaintDelivery(
        @Schema(description = "Unique per hand-off; redeliveries carry the same id") @NotNull UUID deliveryId,
        @NotNull UUID complaintId,
        @Schema(example = "IQ-2026-7K3Q-9MZD") @NotBlank @Size(max = 32) String trackingNumber,
        @Schema(example = "IQ-BG") @NotBlank @Size(max = 16) String governorate,
        @NotNull Priority priority,
        @Min(0) int priorityScore,
        @NotNull @Valid VictimFacts victim,
        boolean selfHarmRisk,
        @Schema(description = "Set when the victim asked for an officer of their own gender") Gender requestedOfficerGender,
        @NotNull @Size(max = 20) Set<@NotBlank @Size(max = 24) String> platforms,
        @NotNull @Size(max = 10) Set<@NotBlank @Size(max = 32) String> threatTypes,
        @NotNull @Size(max = 10) Set<@NotBlank @Size(max = 24) String> demandTypes,
        @Schema(description = "The money demanded, when there is a money demand") @Valid Money money,
        Instant deadline,
        @NotNull @Size(max = 100) List<@NotNull @Valid Identifier> identifiers,
        @NotNull @Size(max = 200) List<@NotNull @Valid EvidenceReference> evidence,
        @Schema(description = "Link into this existing case; absent for a new case") @Size(max = 32) String targetCaseNumber,
        @NotNull Instant acceptedAt,
        @Schema(example = "officer-ahmed") @NotBlank @Size(max = 255) String acceptedBy) implements HandOffMessage {

    /** What the investigation needs to know of the victim: no name, phone or story. */
    @Schema(name = "VictimFacts")
    public record VictimFacts(boolean minor) {
    }

    @Schema(name = "DeliveredIdentifier")
    public record Identifier(@NotNull IdentifierType type,
            @Schema(example = "0750 987 6543") @NotBlank @Size(max = 500) String value) {
    }

    @Schema(name = "EvidenceReference", description = "A complaint evidence file; its bytes stay in complaints-service")
    public record EvidenceReference(
            @NotNull UUID evidenceId,
            @Schema(example = "لقطة-شاشة-التهديد.jpg") @NotBlank @Size(max = 255) String fileName,
            @Schema(example = "image/jpeg") @NotBlank @Size(max = 100) String contentType,
            @Min(0) long sizeBytes,
            @Schema(example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") @NotNull @Pattern(regexp = "[0-9a-f]{64}") String sha256) {
    }
}
