package org.sanad.complaints.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PushSubscription", description = "What the browser's PushSubscription.toJSON() holds: the push service's "
        + "endpoint and the keys of its 'keys' member")
public record PushSubscriptionInput(
        @Schema(example = "https://fcm.googleapis.com/fcm/send/dGhpcy1pcy1hbi1leGFtcGxl")
        @NotBlank @Size(max = 1000) String endpoint,
        @Schema(description = "The browser's P-256 public key, base64url",
                example = "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4")
        @NotBlank @Size(max = 200) String p256dh,
        @Schema(description = "The browser's authentication secret, base64url", example = "BTBZMqHH6r4Tts7J_aSIgg")
        @NotBlank @Size(max = 100) String auth) {
}
