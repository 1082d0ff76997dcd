package org.sanad.cases.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.core.http.Versioned;
import org.sanad.cases.domain.CaseStatus;
import org.sanad.cases.domain.ClosureReason;
import org.sanad.cases.domain.Gender;
import org.sanad.cases.domain.Priority;

@Schema(name = "Case")
public record CaseView(
        UUID id,
        @Schema(example = "BG-2026-00123") String caseNumber,
        @Schema(example = "ابتزاز عبر فيسبوك بصور خاصة") String title,
        @Schema(example = "IQ-BG") String governorate,
        @Schema(example = "مديرية مكافحة الجرائم الإلكترونية") @Nullable String owningUnit,
        @Schema(description = "The lead investigator's user id (token subject)", example = "officer-ahmed") @Nullable String leadInvestigator,
        @Schema(description = "The lead investigator's name, from the officer directory", example = "أحمد كريم") @Nullable String leadInvestigatorName,
        @Nullable Gender leadInvestigatorGender,
        @Schema(description = "A victim asked for an officer of this gender") @Nullable Gender requestedOfficerGender,
        @Schema(description = "Whether the lead investigator meets the request; null without request or lead")
        @Nullable Boolean genderPreferenceHonoured,
        Priority priority,
        int priorityScore,
        CaseStatus status,
        @Nullable ClosureReason closureReason,
        @Schema(example = "أحيلت القضية إلى محكمة تحقيق الكرادة") @Nullable String closureNote,
        List<LinkedComplaint> complaints,
        long openCorrelationFlags,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Also the ETag; send it back in If-Match to change the case") long version) implements Versioned {

    @Schema(name = "LinkedComplaint", description = "What the case knows of a complaint; personal data stays in "
            + "complaints-service (GET /complaints/{complaintId} there, audited)")
    public record LinkedComplaint(UUID complaintId, @Schema(example = "IQ-2026-7K3Q-9MZD") String trackingNumber,
            @Schema(example = "IQ-BG") String governorate, Priority priority,
            int priorityScore,
            ComplaintDelivery.VictimFacts victim, boolean selfHarmRisk, @Nullable Gender requestedOfficerGender,
            @Schema(example = "[\"FACEBOOK\"]") List<String> platforms,
            @Schema(example = "[\"PUBLISH_INTIMATE_IMAGES\"]") List<String> threatTypes,
            @Schema(example = "[\"MONEY\"]") List<String> demandTypes, @Nullable Money money,
            @Nullable Instant deadline, Instant acceptedAt, Instant linkedAt) {
    }
}
