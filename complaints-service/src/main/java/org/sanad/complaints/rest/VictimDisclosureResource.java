package org.sanad.complaints.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.kernel.security.Roles;
import org.sanad.complaints.api.DisclosureRequest;
import org.sanad.complaints.api.VictimIdentity;
import org.sanad.complaints.service.VictimDisclosureService;

@Path("/complaints/{id}/victim-disclosures")
@Tag(name = "Courts", description = "A victim's identity for a court that asked for it")
@Consumes(MediaType.APPLICATION_JSON)
public class VictimDisclosureResource {

    @Inject
    VictimDisclosureService disclosures;

    @POST
    @RolesAllowed(Roles.SERVICE_CLIENT)
    @Operation(summary = "Disclose a victim's identity to a court, for its stated reason (recorded, audited)",
            description = "Roles: service-client, and only the clients named in intake.disclosure-clients "
                    + "(referrals-service, asking on a court's behalf). Only for a complaint taken into a case. "
                    + "The court, referral and reason are recorded with the disclosure.")
    @APIResponse(responseCode = "200", description = "The victim's identity")
    @APIResponse(responseCode = "400", description = "Missing court, referral or reason")
    @APIResponse(responseCode = "403", description = "This client may not ask for identities")
    @APIResponse(responseCode = "404", description = "No such complaint")
    @APIResponse(responseCode = "409", description = "The complaint was not taken into a case")
    public VictimIdentity disclose(@PathParam("id") UUID id, @NotNull @Valid DisclosureRequest request) {
        return disclosures.disclose(id, request);
    }
}
