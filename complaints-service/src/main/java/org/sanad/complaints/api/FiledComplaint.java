package org.sanad.complaints.api;

import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "FiledComplaint", description = "Returned once, when a complaint is filed")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FiledComplaint(
        UUID id,
        @Schema(example = "IQ-2026-7K3Q-9MZD") String trackingNumber,
        @Schema(description = "Anonymous filings only: with the tracking number, the only key to the complaint. "
                + "It is shown once and cannot be recovered.", example = "7K3Q9MZD4TXR2B6NW8YHC5JAPF")
        @Nullable String secret,
        ComplaintView complaint) {
}
