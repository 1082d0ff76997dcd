package org.sanad.complaints.api;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.sanad.complaints.risk.RiskSignal;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "FiledComplaint", description = "Returned once, when a complaint is filed")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FiledComplaint(
        UUID id,
        @Schema(example = "IQ-2026-7K3Q-9MZD") String trackingNumber,
        @Schema(description = "Anonymous filings only: with the tracking number, the only key to the complaint. "
                + "It is shown once and cannot be recovered.", example = "7K3Q9MZD4TXR2B6NW8YHC5JAPF")
        @Nullable String secret,
        ComplaintView complaint,
        @Schema(description = "When the filing carries a risk signal: the jurisdiction's help lines to show the victim "
                + "at once, those forSelfHarm first, their labels and hours in the filer's language (Accept-Language, "
                + "among the jurisdiction's languages; its default language otherwise). Absent without a risk signal.")
        @Nullable List<ReferenceData.HelpLine> helpLines,
        @Schema(description = "The filing's risk signals, which have the governorate's on-duty officers told at once. "
                + "Absent without one.")
        @Nullable List<RiskSignal> riskSignals) {
}
