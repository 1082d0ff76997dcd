package org.sanad.referrals.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.referrals.rules.WebhookUrls;

@Schema(name = "CourtWebhookInput", description = "The endpoint a court's system wants notifications posted to")
public record CourtWebhookInput(
        @Schema(description = "HTTPS, on a public address", example = "https://court-system.example.iq/sanad/notifications")
        @NotBlank @Size(max = WebhookUrls.MAX_LENGTH) String url) {
}
