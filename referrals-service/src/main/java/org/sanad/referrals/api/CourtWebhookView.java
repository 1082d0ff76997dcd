package org.sanad.referrals.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CourtWebhook", description = "A court's registered notification endpoint")
public record CourtWebhookView(
        @Schema(example = "IQ-PMC") String court,
        @Schema(example = "https://court-system.example.iq/sanad/notifications") String url,
        @Schema(description = "The signing secret (Standard Webhooks): answered only when it is made, at the first "
                + "registration and at a rotation; store it then, it is never shown again; null otherwise",
                example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", nullable = true)
        String secret,
        Instant createdAt,
        Instant updatedAt) {
}
