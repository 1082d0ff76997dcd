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
import org.sanad.cases.service.CaseRetention;
import org.sanad.evidence.retention.LegalHoldInput;
import org.sanad.evidence.retention.LegalHoldView;
import org.sanad.kernel.security.Roles;

/**
 * Legal holds on a case's files (and, through complaints-service, its complaints' files). The roles here are the widest; the service's access
 * rules narrow them to the case's governorate. (The endpoints are declared here, not inherited:
 * the OpenAPI scanner gives an inherited resource method neither its path parameter nor its roles.)
 */
@Path("/cases/{id}/legal-hold")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Retention", description = "Legal holds that keep a case's files and its complaints' files past their retention period")
public class LegalHoldResource {

    @Inject
    CaseRetention retention;

    @GET
    @RolesAllowed({ Roles.INTAKE_OFFICER, Roles.SUPERVISOR, Roles.INVESTIGATOR })
    @Operation(summary = "The legal hold on the case's evidence, if one is set",
            description = "Roles: police officers who work on the case (its governorate).")
    @APIResponse(responseCode = "200", description = "The hold")
    @APIResponse(responseCode = "403", description = "Not an officer of the case's governorate")
    @APIResponse(responseCode = "404", description = "No such case, or no hold set")
    public LegalHoldView read(@PathParam("id") UUID id) {
        return retention.read(id);
    }

    @PUT
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Keep the case's evidence past its retention period (legal hold)",
            description = "Roles: supervisor of the case's governorate. Sets or replaces the hold; audited. "
                    + "While it is set the evidence is not purged, whatever its retention (the hold is told to complaints-service, which keeps the case's complaints' files too).")
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
