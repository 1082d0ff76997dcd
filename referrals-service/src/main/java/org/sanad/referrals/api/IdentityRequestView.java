package org.sanad.referrals.api;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.referrals.domain.IdentityRequest;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "IdentityRequestStatus", description = "A court's request for a victim's identity, and where it stands")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IdentityRequestView(UUID id, @Schema(example = "VICTIM-1") String pseudonym, @Schema(example = "IQ-PMC") String courtCode,
        @Schema(example = "تحتاج المحكمة إلى سماع إفادة المجنى عليها") String reason,
        @Schema(description = "AWAITING_APPROVAL until a prosecutor decides (where approval is required); the court "
                + "then fetches an APPROVED one's identity") IdentityRequest.Outcome status,
        Instant requestedAt, @Nullable Instant decidedAt,
        @Schema(example = "وافق المدعي العام على الكشف") @Nullable String decisionNote) {

    public static IdentityRequestView of(IdentityRequest request) {
        return new IdentityRequestView(request.id, request.pseudonym, request.courtCode, request.reason, request.outcome,
                request.occurredAt, request.decidedAt, request.decisionNote);
    }
}
