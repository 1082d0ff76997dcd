package org.sanad.complaints.api;

import java.time.Instant;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.complaints.domain.ComplaintStatus;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "HistoryEntry")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HistoryEntry(
        @Schema(description = "Absent on the first entry, the filing", example = "UNDER_REVIEW") @Nullable ComplaintStatus from,
        @Schema(example = "NEEDS_INFORMATION") ComplaintStatus to,
        Instant at,
        @Schema(description = "Question or reason meant for the filer", example = "هل يمكنك إرسال لقطة شاشة للرسالة الأولى؟") @Nullable String note,
        @Schema(description = "Officers only: who changed it", example = "officer-ahmed") @Nullable String actor,
        @Schema(description = "Officers only: the internal note", example = "الرقم مسجل في شكوى سابقة") @Nullable String internalNote) {
}
