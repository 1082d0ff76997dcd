package org.sanad.cases.api;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeliveryReceipt")
public record DeliveryReceipt(
        UUID caseId,
        String caseNumber,
        @Schema(description = "True when this delivery had been applied before") boolean alreadyApplied) {
}
