package org.sanad.complaints.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.core.http.Versioned;
import org.sanad.complaints.domain.ComplaintStatus;
import org.sanad.complaints.domain.InvestigationStatus;

@Schema(name = "Tracking", description = "What an anonymous filer sees with the tracking number and secret")
public record TrackingView(
        String trackingNumber,
        ComplaintStatus status,
        String pendingQuestion,
        String rejectionReason,
        @Schema(description = "Progress of the investigation once accepted") InvestigationStatus investigationStatus,
        List<HistoryEntry> history,
        List<EvidenceView> evidence,
        Instant submittedAt,
        Instant updatedAt,
        long version) implements Versioned {
}
