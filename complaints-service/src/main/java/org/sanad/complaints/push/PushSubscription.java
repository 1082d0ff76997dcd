package org.sanad.complaints.push;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where and how to reach one browser by Web Push: what its {@code PushSubscription.toJSON()}
 * holds. The endpoint is a capability (whoever knows it can push to that browser), so it is victim
 * data: kept encrypted, never logged (only its host is). Bean Validation sees only that the three
 * are there; {@link WebPushSender#check} decides whether this service sends to it.
 */
@Schema(name = "PushSubscription", description = "A browser's Web Push subscription, as PushSubscription.toJSON() gives it "
        + "(endpoint, and keys.p256dh and keys.auth flattened)")
public record PushSubscription(
        @Schema(description = "The push service's URL for this browser: https, on one of the push services the "
                + "suite allows (Google's, Mozilla's, Microsoft's and Apple's by default), at most 1000 characters",
                example = "https://fcm.googleapis.com/fcm/send/dXr1CqNwTyE:APA91bE") @NotBlank @Size(max = PushSubscription.MAX_ENDPOINT)
        String endpoint,
        @Schema(description = "The browser's P-256 public key, uncompressed (65 bytes), base64url",
                example = "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4")
        @NotBlank String p256dh,
        @Schema(description = "The browser's authentication secret (16 bytes), base64url", example = "BTBZMqHH6r4Tts7J_aSIgg")
        @NotBlank String auth) {

    public static final int MAX_ENDPOINT = 1000;

    /** Without the endpoint, which must not reach a log line. */
    @Override
    public String toString() {
        return "PushSubscription[host=" + PushEndpoints.hostOf(endpoint) + "]";
    }
}
