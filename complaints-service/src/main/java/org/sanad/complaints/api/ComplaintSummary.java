package org.sanad.complaints.api;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.complaints.domain.ComplaintStatus;
import org.sanad.complaints.domain.InvestigationStatus;
import org.sanad.complaints.domain.Platform;
import org.sanad.complaints.domain.Priority;
import org.sanad.complaints.domain.ThreatType;

@Schema(name = "ComplaintSummary", description = "A line of a list; no personal data of the victim")
public record ComplaintSummary(
        UUID id,
        String trackingNumber,
        ComplaintStatus status,
        InvestigationStatus investigationStatus,
        Priority priority,
        int priorityScore,
        String governorate,
        Set<Platform> platforms,
        Set<ThreatType> threatTypes,
        @Schema(description = "Only whether the victim is a minor: a list shows no personal data") VictimFacts victim,
        boolean selfHarmRisk,
        Instant deadline,
        Instant submittedAt) {

    @Schema(name = "VictimFacts")
    public record VictimFacts(boolean minor) {
    }
}
