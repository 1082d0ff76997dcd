package org.sanad.cases.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.kernel.identifiers.IdentifierType;
import org.sanad.cases.domain.CaseStatus;

@Schema(name = "IdentifierLookup", description = "Which cases and how many complaints involve an identifier")
public record IdentifierLookup(
        IdentifierType type,
        @Schema(example = "+9647509876543") String normalisedValue,
        @Schema(description = "Cases within the caller's governorate scope") List<CaseRef> cases,
        @Schema(description = "Cases in other governorates: counted, not named") long casesOutsideScope,
        @Schema(description = "Distinct complaints naming the identifier, in every governorate") long complaintCount) {

    @Schema(name = "CaseRef")
    public record CaseRef(UUID caseId, @Schema(example = "BG-2026-00123") String caseNumber,
            @Schema(example = "IQ-BG") String governorate, CaseStatus status) {
    }
}
