package org.sanad.complaints.api;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.complaints.domain.ComplaintStatus;
import org.sanad.complaints.domain.Escalation;
import org.sanad.complaints.domain.InvestigationStatus;
import org.sanad.complaints.domain.Platform;
import org.sanad.complaints.domain.Priority;
import org.sanad.complaints.domain.ThreatType;

@Schema(name = "ComplaintSummary", description = "A line of a list; no personal data of the victim")
public record ComplaintSummary(
        UUID id,
        @Schema(example = "IQ-2026-7K3Q-9MZD") String trackingNumber,
        ComplaintStatus status,
        @Nullable InvestigationStatus investigationStatus,
        Priority priority,
        int priorityScore,
        @Schema(example = "IQ-BG") String governorate,
        Set<Platform> platforms,
        Set<ThreatType> threatTypes,
        @Schema(description = "Only whether the victim is a minor and wants an officer of the same gender: "
                + "a list shows no personal data") VictimFacts victim,
        boolean selfHarmRisk,
        @Nullable Instant deadline,
        Instant submittedAt,
        @Schema(description = TRIAGE_DUE_AT) @Nullable Instant triageDueAt,
        @Schema(description = ESCALATION) Escalation escalation) {

    static final String TRIAGE_DUE_AT = "When the complaint must be triaged (leave SUBMITTED), by its priority; "
            + "null once it was";
    static final String ESCALATION = "How far up the complaint went because it was not triaged in time: SUPERVISOR "
            + "when its deadline passed, NATIONAL when the national unit's window passed too";

    @Schema(name = "VictimFacts")
    public record VictimFacts(
            boolean minor,
            @Schema(description = "The victim prefers an officer of the same gender: a routing fact, as the filer "
                    + "gave it (the victim's gender is in the full complaint, not here)")
            boolean prefersSameGenderOfficer) {
    }
}
