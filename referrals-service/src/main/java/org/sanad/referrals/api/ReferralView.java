package org.sanad.referrals.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.core.http.Versioned;
import org.sanad.referrals.domain.Defendant;
import org.sanad.referrals.domain.ManifestItem;
import org.sanad.referrals.domain.ReferralStatus;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A referral at one version. Victims appear only under their pseudonyms, in every view: the
 * prosecutor's, the court's and the feed's.
 */
@Schema(name = "Referral")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferralView(UUID id, @Schema(example = "REF-2026-000042") String referenceNumber,
        @Schema(example = "BG-2026-00123") String caseNumber, @Schema(example = "IQ-BG") String governorate, Court court,
        ReferralStatus status,
        @Schema(description = "The version shown") int versionNumber,
        @Schema(description = "True for a version still being prepared (never shown to a court)") boolean draft,
        @Schema(example = "ابتزاز الضحية بنشر صور خاصة مقابل مليون دينار عبر فيسبوك وواتساب") String summary,
        List<Defendant> defendants, List<Victim> victims, List<ManifestItem> evidence,
        Instant draftedAt, @Schema(description = "Absent while the version is a draft") @Nullable Instant submittedAt,
        @Schema(description = "Absent until the court replies") @Nullable Progress progress,
        @JsonIgnore long version) implements Versioned {

    @Schema(name = "Victim", description = "A victim, under a pseudonym; a court may ask for the identity with a reason")
    public record Victim(@Schema(example = "VICTIM-1") String pseudonym) {
    }

    @Schema(name = "CourtProgress", description = "The court's replies to this version")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Progress(@Nullable Instant receivedAt, @Nullable CourtReplies.RecordedReview review,
            List<CourtReplies.RecordedHearing> hearings, @Nullable CourtReplies.RecordedDecision decision) {
    }
}
