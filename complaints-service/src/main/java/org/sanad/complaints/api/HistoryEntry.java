package org.sanad.complaints.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.complaints.domain.ComplaintStatus;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "HistoryEntry")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HistoryEntry(
        ComplaintStatus from,
        ComplaintStatus to,
        Instant at,
        @Schema(description = "Question or reason meant for the filer") String note,
        @Schema(description = "Officers only: who changed it") String actor,
        @Schema(description = "Officers only: the internal note") String internalNote) {
}
