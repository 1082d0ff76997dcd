package org.sanad.cases.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

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
public record ReferralBasis(UUID caseId, String caseNumber, String governorate, CaseStatus status,
        List<Defendant> suspects, List<ManifestItem> evidence,
        @Schema(description = "The case's complaints, one per victim report") List<UUID> complaintIds) {

    @Schema(name = "ReferralBasisSuspect")
    public record Defendant(UUID id, String displayName, List<String> aliases, List<Arrest> arrests) {
    }

    @Schema(name = "ReferralBasisArrest")
    public record Arrest(Instant at, String place, String unit) {
    }

    /** No file name: a victim or an officer named the file, and a court sees neither (referrals-service names it). */
    @Schema(name = "ReferralBasisEvidence")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ManifestItem(UUID id, EvidenceKind kind, String description, String contentType,
            Long sizeBytes, String sha256, Instant registeredAt, CustodySummary custody) {
    }

    @Schema(name = "CustodySummary", description = "An item's chain of custody in brief")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CustodySummary(int entries, int hashChecks,
            @Schema(description = "False when any check found the bytes changed") boolean allChecksMatched,
            CustodyAction lastAction, Instant lastAt) {
    }
}
