package org.sanad.cases.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.commons.retention.LegalHoldInput;
import org.sanad.commons.retention.LegalHoldView;
import org.sanad.commons.security.Roles;
import org.sanad.cases.service.CaseRetention;

@Path("/cases/{id}/legal-hold")
@Tag(name = "Retention", description = "Legal holds that keep a case's extracted files (and its complaints' files) past its retention period")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LegalHoldResource {

    @Inject
    CaseRetention retention;

    @GET
    @RolesAllowed({ Roles.INVESTIGATOR, Roles.SUPERVISOR })
    @Operation(summary = "The legal hold on the case's evidence, if one is set",
            description = "Roles: investigator, supervisor of the case's governorate.")
    @APIResponse(responseCode = "200", description = "The hold")
    @APIResponse(responseCode = "404", description = "No such case, or no hold set")
    public LegalHoldView read(@PathParam("id") UUID id) {
        return retention.read(id);
    }

    @PUT
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Keep the case's evidence past its retention period (legal hold)",
            description = "Roles: supervisor of the case's governorate. Sets or replaces the hold; audited. "
                    + "While it is set the evidence is not purged, whatever its retention; complaints-service is told, "
                    + "and keeps the case's complaints' files too.")
    @APIResponse(responseCode = "200", description = "The hold as set")
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "403", description = "Not a supervisor of the case's governorate")
    @APIResponse(responseCode = "404", description = "No such case")
    public LegalHoldView place(@PathParam("id") UUID id, @NotNull @Valid LegalHoldInput hold) {
        return retention.place(id, hold);
    }

    @DELETE
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Release the legal hold: the evidence's retention runs again",
            description = "Roles: supervisor of the case's governorate. Audited; releasing no hold does nothing.")
    @APIResponse(responseCode = "204", description = "No hold is set any more")
    @APIResponse(responseCode = "403", description = "Not a supervisor of the case's governorate")
    @APIResponse(responseCode = "404", description = "No such case")
    public void release(@PathParam("id") UUID id) {
        retention.release(id);
    }
}
