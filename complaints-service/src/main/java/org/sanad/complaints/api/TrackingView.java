package org.sanad.complaints.api;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.core.http.Versioned;
import org.sanad.complaints.domain.ComplaintStatus;
import org.sanad.complaints.domain.InvestigationStatus;

@Schema(name = "Tracking", description = "What an anonymous filer sees with the tracking number and secret")
public record TrackingView(
        @Schema(example = "IQ-2026-7K3Q-9MZD") String trackingNumber,
        ComplaintStatus status,
        @Schema(example = "هل يمكنك إرسال لقطة شاشة للرسالة الأولى؟") @Nullable String pendingQuestion,
        @Schema(example = "الشكوى مكررة لشكوى سابقة") @Nullable String rejectionReason,
        @Schema(description = "Progress of the investigation once accepted") @Nullable InvestigationStatus investigationStatus,
        List<HistoryEntry> history,
        List<EvidenceView> evidence,
        @Schema(description = "Hashes of the images and videos the filer keeps, in the order given")
        List<ImageHashView> imageHashes,
        Instant submittedAt,
        Instant updatedAt,
        long version) implements Versioned {
}
