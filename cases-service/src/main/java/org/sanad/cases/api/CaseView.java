package org.sanad.cases.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.core.http.Versioned;
import org.sanad.cases.domain.CaseStatus;
import org.sanad.cases.domain.ClosureReason;
import org.sanad.cases.domain.Gender;
import org.sanad.cases.domain.Priority;

@Schema(name = "Case")
public record CaseView(
        UUID id,
        String caseNumber,
        String title,
        String governorate,
        String owningUnit,
        @Schema(description = "The lead investigator's user id (token subject)") String leadInvestigator,
        @Schema(description = "The lead investigator's name, from the officer directory") String leadInvestigatorName,
        Gender leadInvestigatorGender,
        @Schema(description = "A victim asked for an officer of this gender") Gender requestedOfficerGender,
        @Schema(description = "Whether the lead investigator meets the request; absent without request or lead")
        Boolean genderPreferenceHonoured,
        Priority priority,
        int priorityScore,
        CaseStatus status,
        ClosureReason closureReason,
        String closureNote,
        List<LinkedComplaint> complaints,
        long openCorrelationFlags,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Also the ETag; send it back in If-Match to change the case") long version) implements Versioned {

    @Schema(name = "LinkedComplaint", description = "What the case knows of a complaint; personal data stays in "
            + "complaints-service (GET /complaints/{complaintId} there, audited)")
    public record LinkedComplaint(UUID complaintId, String trackingNumber, String governorate, Priority priority,
            int priorityScore,
            ComplaintDelivery.VictimFacts victim, boolean selfHarmRisk, Gender requestedOfficerGender, List<String> platforms,
            List<String> threatTypes, List<String> demandTypes, Money money,
            Instant deadline, Instant acceptedAt, Instant linkedAt) {
    }
}
