package org.sanad.commons.retention;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.sanad.commons.security.Roles;

/**
 * The legal-hold endpoints of a record, the same in every service that keeps evidence: a service
 * extends this with its {@code @Path} ({@code /complaints/{id}/legal-hold},
 * {@code /cases/{id}/legal-hold}) and its {@link LegalHolds}. The roles here are the widest; each
 * service's access rules narrow them to the record's governorate.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public abstract class LegalHoldEndpoints {

    protected abstract LegalHolds holds();

    @GET
    @RolesAllowed({ Roles.INTAKE_OFFICER, Roles.SUPERVISOR, Roles.INVESTIGATOR })
    @Operation(summary = "The legal hold on the record's evidence, if one is set",
            description = "Roles: police officers who work on the record (its governorate).")
    @APIResponse(responseCode = "200", description = "The hold")
    @APIResponse(responseCode = "403", description = "Not an officer of the record's governorate")
    @APIResponse(responseCode = "404", description = "No such record, or no hold set")
    public LegalHoldView read(@PathParam("id") UUID id) {
        return holds().read(id);
    }

    @PUT
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Keep the record's evidence past its retention period (legal hold)",
            description = "Roles: supervisor of the record's governorate. Sets or replaces the hold; audited. "
                    + "While it is set the evidence is not purged, whatever its retention (a case's hold is told to "
                    + "complaints-service, which keeps its complaints' files too).")
    @APIResponse(responseCode = "200", description = "The hold as set")
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "403", description = "Not a supervisor of the record's governorate")
    @APIResponse(responseCode = "404", description = "No such record")
    public LegalHoldView place(@PathParam("id") UUID id, @NotNull @Valid LegalHoldInput hold) {
        return holds().place(id, hold);
    }

    @DELETE
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Release the legal hold: the evidence's retention runs again",
            description = "Roles: supervisor of the record's governorate. Audited; releasing no hold does nothing.")
    @APIResponse(responseCode = "204", description = "No hold is set any more")
    @APIResponse(responseCode = "403", description = "Not a supervisor of the record's governorate")
    @APIResponse(responseCode = "404", description = "No such record")
    public void release(@PathParam("id") UUID id) {
        holds().release(id);
    }
}
