package org.sanad.cases.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.cases.domain.CaseStatus;
import org.sanad.cases.domain.Priority;

/**
 * A line of the prosecutor's list of cases to refer. Narrower than CaseSummary on purpose: the
 * case's title names the victim's complaint (its tracking number), which nothing on the way to a
 * court carries; what the referral is built from is read with GET /cases/{id}/referral-basis.
 */
@Schema(name = "ReferableCase")
public record ReferableCase(UUID id, @Schema(example = "BG-2026-00123") String caseNumber,
        @Schema(example = "IQ-BG") String governorate, CaseStatus status, Priority priority,
        @Schema(description = "Suspects recorded on the case") long suspects,
        @Schema(description = "Arrests recorded on the case") long arrests, Instant createdAt, Instant updatedAt) {
}
