package org.sanad.cases.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.cases.domain.CaseStatus;
import org.sanad.cases.domain.CustodyAction;
import org.sanad.cases.domain.EvidenceKind;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a prosecutor needs to refer a case to court, and nothing more: no officers' notes, no
 * identifiers, no victim data beyond the ids of the complaints (which referrals-service shows as
 * pseudonyms), no file names and no tracking numbers.
 */
@Schema(name = "ReferralBasis", description = "The part of a case a referral to court is built from")
public record ReferralBasis(UUID caseId, @Schema(example = "BG-2026-00123") String caseNumber,
        @Schema(example = "IQ-BG") String governorate, CaseStatus status,
        List<Defendant> suspects, List<ManifestItem> evidence,
        @Schema(description = "The case's complaints, one per victim report") List<UUID> complaintIds) {

    @Schema(name = "ReferralBasisSuspect")
    public record Defendant(UUID id, @Schema(example = "مجهول يستخدم الاسم الوردة السوداء") String displayName,
            @Schema(example = "[\"الوردة السوداء\"]") List<String> aliases, List<Arrest> arrests) {
    }

    @Schema(name = "ReferralBasisArrest")
    public record Arrest(Instant at, @Schema(example = "بغداد، الكرادة") @Nullable String place,
            @Schema(example = "مديرية مكافحة الجرائم الإلكترونية") @Nullable String unit) {
    }

    /** No file name: a victim or an officer named the file, and a court sees neither (referrals-service names it). */
    @Schema(name = "ReferralBasisEvidence")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ManifestItem(UUID id, EvidenceKind kind, @Schema(example = "لقطة شاشة لرسالة التهديد") String description,
            @Schema(example = "image/jpeg") @Nullable String contentType, @Nullable Long sizeBytes,
            @Schema(example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256, Instant registeredAt, CustodySummary custody) {
    }

    @Schema(name = "CustodySummary", description = "An item's chain of custody in brief")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CustodySummary(int entries, int hashChecks,
            @Schema(description = "False when any check found the bytes changed") boolean allChecksMatched,
            @Nullable CustodyAction lastAction, @Nullable Instant lastAt) {
    }
}
