package org.sanad.complaints.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the citizen portal subscribes a browser to Web Push with. */
@Schema(name = "WebPushKey", description = "The application server key of this service's Web Push (VAPID, RFC 8292)")
public record WebPushKey(
        @Schema(description = "The public key to pass as applicationServerKey to pushManager.subscribe: the "
                + "uncompressed P-256 point (65 bytes), base64url",
                example = "BMxWfp8_ZNWjDVgLUAAxtjfEWits9zeGNtGVab0VDMBHvLkLawOJLLGBYEEkcjaIOzT78bzhkwkM1iy4PvG74yc")
        String applicationServerKey) {
}
