package org.sanad.complaints.api;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.complaints.notify.NotificationChannel;
import org.sanad.complaints.notify.NotificationEvent;
import org.sanad.complaints.notify.NotificationStatus;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "NotificationView", description = "One message to the victim and what became of it; never its text or address")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NotificationView(
        UUID id,
        @Schema(example = "RECEIVED") NotificationEvent event,
        @Schema(example = "SMS") NotificationChannel channel,
        @Schema(example = "DELIVERED") NotificationStatus status,
        Instant queuedAt,
        @Nullable Instant sentAt,
        @Nullable Instant deliveredAt,
        @Schema(description = "Held back until then (quiet hours)") @Nullable Instant notBefore) {
}
