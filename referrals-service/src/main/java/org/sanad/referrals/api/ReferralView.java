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
        @Schema(description = "The version's signature, made once when it was submitted: on every submitted "
                + "version, so in every answer to a court and every feed entry; absent on a draft only "
                + "(docs/referral-signatures.md)") @Nullable Signature signature,
        @JsonIgnore long version) implements Versioned {

    @Schema(name = "Victim", description = "A victim, under a pseudonym; a court may ask for the identity with a reason")
    public record Victim(@Schema(example = "VICTIM-1") String pseudonym) {
    }

    @Schema(name = "ReferralSignature", description = "A detached JWS (RFC 7515 Appendix F, ES256) over this JSON object "
            + "less `signature`, `status` and `progress`, with `court` reduced to its `code`, in RFC 8785 canonical form; "
            + "verify with the key `kid` of GET /court/jwks")
    public record Signature(
            @Schema(description = "Compact serialisation with the payload left out: header..signature",
                    example = "eyJraWQiOiJnbXE3aU1oSFZJODYtNXdUb2NxYnNSUGNmckI2blhKT2hGZUQ4VVpHWDJNIiwiYWxnIjoiRVMyNTYifQ..O7Eu2jwpjbXeJVl_VNkk8uF-eKJq2JU-2CGO5oLwu76QIeLzAJ0VLJEb8fJexoOpAnFBZnZ6-9jlvQ-wEk7Lig")
            String jws,
            @Schema(description = "The signing key's RFC 7638 thumbprint", example = "gmq7iMhHVI86-5wTocqbsRPcfrB6nXJOhFeD8UZGX2M")
            String kid,
            @Schema(example = "ES256") String alg,
            @Schema(description = "How the signed JSON was made bytes", example = "RFC8785") String canonicalization) {
    }

    @Schema(name = "CourtProgress", description = "The court's replies to this version")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Progress(@Nullable Instant receivedAt, @Nullable CourtReplies.RecordedReview review,
            List<CourtReplies.RecordedHearing> hearings, @Nullable CourtReplies.RecordedDecision decision) {
    }
}
