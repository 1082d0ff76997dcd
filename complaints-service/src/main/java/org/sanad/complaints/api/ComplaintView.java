package org.sanad.complaints.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.core.http.Versioned;
import org.sanad.kernel.identifiers.IdentifierType;
import org.sanad.complaints.domain.AgeBand;
import org.sanad.complaints.domain.ComplaintStatus;
import org.sanad.complaints.domain.Escalation;
import org.sanad.complaints.domain.FilerKind;
import org.sanad.complaints.domain.Gender;
import org.sanad.complaints.domain.InvestigationStatus;
import org.sanad.complaints.domain.Platform;
import org.sanad.complaints.domain.Priority;
import org.sanad.complaints.domain.ReporterRelation;
import org.sanad.complaints.domain.ThreatType;

@Schema(name = "Complaint", description = "A complaint in full, for its filer and the officers of its governorate")
public record ComplaintView(
        UUID id,
        @Schema(example = "IQ-2026-7K3Q-9MZD") String trackingNumber,
        ComplaintStatus status,
        Priority priority,
        int priorityScore,
        FilerKind filerKind,
        ReporterRelation reporterRelation,
        VictimView victim,
        @Schema(example = "IQ-BG") String governorate,
        Set<Platform> platforms,
        List<IdentifierView> identifiers,
        Set<ThreatType> threatTypes,
        @Schema(description = "What the blackmailer demands; the same shape as on filing; null when the victim named no demand") @Nullable DemandInput demand,
        @Nullable Instant deadline,
        @Nullable MoneyInput amountPaid,
        @Schema(example = "يهددني شخص بنشر صوري الخاصة على فيسبوك إذا لم أدفع له مليون دينار.") String narrative,
        boolean selfHarmRisk,
        @Schema(description = "The question an officer asked the filer, while it waits for an answer",
                example = "هل يمكنك إرسال لقطة شاشة للرسالة الأولى؟") @Nullable String pendingQuestion,
        @Nullable UUID duplicateOf,
        @Schema(description = "Why the complaint was rejected", example = "لا تتضمن الشكوى تهديداً أو طلباً") @Nullable String rejectionReason,
        List<SupplementView> supplements,
        @Schema(description = "Hashes of the images and videos the victim keeps, in the order given; never sent to a court")
        List<ImageHashView> imageHashes,
        @Schema(description = "The investigating case in cases-service, once known") @Nullable UUID caseId,
        @Schema(description = "The investigating case's number, once known", example = "BG-2026-00123") @Nullable String caseNumber,
        @Schema(description = "Progress of the investigation, as the victim may know it") @Nullable InvestigationStatus investigationStatus,
        Instant submittedAt,
        Instant updatedAt,
        @Schema(description = ComplaintSummary.TRIAGE_DUE_AT) @Nullable Instant triageDueAt,
        @Schema(description = ComplaintSummary.ESCALATION) Escalation escalation,
        @Schema(description = "Also sent as the ETag; send it back in If-Match to change the complaint")
        long version) implements Versioned {

    @Schema(name = "VictimView")
    public record VictimView(
            @Schema(example = "زينب علي") @Nullable String name,
            @Schema(description = "E.164", example = "+9647701234567") @Nullable String contactPhone,
            @Schema(example = "FROM_18_TO_24") AgeBand ageBand, boolean minor, Gender gender,
            boolean prefersSameGenderOfficer) {
    }

    @Schema(name = "Identifier")
    public record IdentifierView(IdentifierType type,
            @Schema(description = "As the victim wrote it", example = "0750 987 6543") String value,
            @Schema(description = "The form identifiers are compared in", example = "+9647509876543") String normalisedValue) {
    }

    @Schema(name = "Supplement")
    public record SupplementView(Instant addedAt,
            @Schema(example = "أرسل لي رسالة جديدة اليوم من رقم آخر.") String text) {
    }
}
