package org.sanad.evidence.store;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.kernel.security.Roles;

/** Operators' view of the evidence master keys, and the rotation that retires one. */
@Path("/evidence-keys")
@Tag(name = "Evidence keys", description = "Envelope encryption of evidence at rest")
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceKeyResource {

    @Inject
    EvidenceKeyRotation rotation;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "How many evidence objects each master key wraps. Roles: admin.")
    @APIResponse(responseCode = "200", description = "The active key's id and the objects per key id")
    public EvidenceKeyRotation.KeyUse use() {
        return rotation.use();
    }

    @POST
    @Path("/rotation")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Re-wrap every data key held by a retired master key under the active one (audited). "
            + "Roles: admin.", description = "Run after deploying a new active key with the old one under "
                    + "sanad.evidence-keys.retired; once no object uses the old key it can be removed.")
    @APIResponse(responseCode = "200", description = "How many were re-wrapped, and the keys' use after")
    public EvidenceKeyRotation.Rotation rotate() {
        return rotation.rotate();
    }
}
