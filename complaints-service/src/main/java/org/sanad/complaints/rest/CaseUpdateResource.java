package org.sanad.complaints.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.handoff.Inbox;
import org.sanad.kernel.security.Roles;
import org.sanad.complaints.api.CaseUpdate;

@Path("/case-updates")
@Tag(name = "Hand-off", description = "Case progress coming back from cases-service")
@Consumes(MediaType.APPLICATION_JSON)
public class CaseUpdateResource {

    @Inject
    Inbox inbox;

    @POST
    @RolesAllowed(Roles.SERVICE_CLIENT)
    @Operation(summary = "Receive case progress for accepted complaints (idempotent)",
            description = "Roles: service-client (cases-service, client credentials). Redeliveries and older "
                    + "announcements change nothing.")
    @APIResponse(responseCode = "204", description = "Applied, or already applied")
    @APIResponse(responseCode = "400", description = "Invalid announcement")
    public void receive(@NotNull @Valid CaseUpdate update) {
        inbox.receive(update);
    }
}
