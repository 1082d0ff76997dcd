package org.sanad.complaints.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.core.http.Versioned;
import org.sanad.kernel.identifiers.IdentifierType;
import org.sanad.complaints.domain.AgeBand;
import org.sanad.complaints.domain.ComplaintStatus;
import org.sanad.complaints.domain.FilerKind;
import org.sanad.complaints.domain.Gender;
import org.sanad.complaints.domain.InvestigationStatus;
import org.sanad.complaints.domain.Platform;
import org.sanad.complaints.domain.Priority;
import org.sanad.complaints.domain.ReporterRelation;
import org.sanad.complaints.domain.ThreatType;

@Schema(name = "Complaint", description = "A complaint in full, for its filer and the officers of its governorate")
public record ComplaintView(
        UUID id,
        String trackingNumber,
        ComplaintStatus status,
        Priority priority,
        int priorityScore,
        FilerKind filerKind,
        ReporterRelation reporterRelation,
        VictimView victim,
        String governorate,
        Set<Platform> platforms,
        List<IdentifierView> identifiers,
        Set<ThreatType> threatTypes,
        @Schema(description = "What the blackmailer demands; the same shape as on filing") DemandInput demand,
        Instant deadline,
        MoneyInput amountPaid,
        String narrative,
        boolean selfHarmRisk,
        String pendingQuestion,
        UUID duplicateOf,
        String rejectionReason,
        List<SupplementView> supplements,
        @Schema(description = "The investigating case in cases-service, once known") UUID caseId,
        @Schema(description = "The investigating case's number, once known") String caseNumber,
        @Schema(description = "Progress of the investigation, as the victim may know it") InvestigationStatus investigationStatus,
        Instant submittedAt,
        Instant updatedAt,
        @Schema(description = "Also sent as the ETag; send it back in If-Match to change the complaint")
        long version) implements Versioned {

    @Schema(name = "VictimView")
    public record VictimView(String name, String contactPhone, AgeBand ageBand, boolean minor, Gender gender,
            boolean prefersSameGenderOfficer) {
    }

    @Schema(name = "Identifier")
    public record IdentifierView(IdentifierType type, String value, String normalisedValue) {
    }

    @Schema(name = "Supplement")
    public record SupplementView(Instant addedAt, String text) {
    }
}
