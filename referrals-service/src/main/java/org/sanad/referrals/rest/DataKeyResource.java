package org.sanad.referrals.rest;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.kernel.security.Roles;
import org.sanad.privacy.DataKeys;
import org.sanad.privacy.FieldKeyRotation;
import org.sanad.privacy.KeyRotationMetrics;

/**
 * Operators' view of the master keys that encrypt what prosecutors and courts write, and the
 * rotation that moves every value off a retired key. referrals-service stores no evidence, so it
 * has no {@code /evidence-keys}: the same rotation, over its encrypted columns only.
 */
@Path("/data-keys")
@Tag(name = "Data keys", description = "Encryption of what people write, at rest")
@Produces(MediaType.APPLICATION_JSON)
public class DataKeyResource {

    @Inject
    FieldKeyRotation fields;

    @Inject
    DataKeys keys;

    @Inject
    KeyRotationMetrics rotations;

    @Schema(name = "DataKeyUse")
    public record KeyUse(@Schema(description = "The id of the key every new value is encrypted with", example = "k202612") String activeKeyId,
            @Schema(description = "Encrypted values per key id; (clear) counts values not yet sealed") Map<String, Long> valuesByKey) {
    }

    @Schema(name = "DataKeyRotation")
    public record Rotation(@Schema(description = "How many values were re-encrypted under the active key") long reencrypted,
            KeyUse keys) {
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "How many encrypted values each master key holds. Roles: admin.")
    @APIResponse(responseCode = "200", description = "The active key's id and the values per key id")
    public KeyUse use() {
        return new KeyUse(keys.activeId(), fields.valuesByKey());
    }

    @POST
    @Path("/rotation")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Re-encrypt every value held by a retired master key under the active one (audited). "
            + "Roles: admin.", description = "Run after deploying a new active key with the old one under "
                    + "sanad.evidence-keys.retired; once no value uses the old key it can be removed.")
    @APIResponse(responseCode = "200", description = "How many were re-encrypted, and the keys' use after")
    public Rotation rotate() {
        long reencrypted = rotations.recorded(fields::rotate);
        return new Rotation(reencrypted, use());
    }
}
