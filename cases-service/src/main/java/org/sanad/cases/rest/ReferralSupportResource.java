package org.sanad.cases.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.cases.api.ReferralUpdate;
import org.sanad.cases.service.CourtRelease;
import org.sanad.core.http.EvidenceDownloads;
import org.sanad.core.openapi.EvidenceBytesResponses;
import org.sanad.handoff.Inbox;
import org.sanad.kernel.security.Roles;

/** Evidence released to courts through referrals-service, and the court's progress coming back. */
@Path("/")
@Tag(name = "Referral", description = "Referral of cases to court (referrals-service and prosecutors)")
public class ReferralSupportResource {

    @Inject
    CourtRelease release;

    @Inject
    Inbox inbox;

    @POST
    @Path("referral-updates")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SERVICE_CLIENT)
    @Operation(summary = "Receive a referred case's progress at court (idempotent)",
            description = "Roles: service-client (referrals-service, client credentials). Adds the step to the case's "
                    + "timeline and moves the case forward (REFERRED, HEARING_SCHEDULED, DECIDED; never backwards); the "
                    + "victims' complaints are told. Redelivering the same deliveryId changes nothing.")
    @APIResponse(responseCode = "204", description = "Applied now, or already applied before")
    @APIResponse(responseCode = "400", description = "Invalid update")
    @APIResponse(responseCode = "404", description = "No such case")
    public void referralUpdate(@NotNull @Valid ReferralUpdate update) {
        inbox.receive(update);
    }

    @GET
    @Path("court-releases/evidence/{itemId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed(Roles.SERVICE_CLIENT)
    @Operation(summary = "Release an evidence item's bytes to a court, checked against its SHA-256",
            description = "Roles: service-client, and only the clients named in cases.court-release-clients "
                    + "(referrals-service, on a court's signed request). Every release is a RELEASED custody entry naming the court and referral; bytes "
                    + "that no longer match the recorded hash are refused and the failure stays in the custody log.")
    @APIResponse(responseCode = "200", description = "The bytes",
            extensions = @Extension(name = EvidenceBytesResponses.MARK, value = "true"))
    @APIResponse(responseCode = "400", description = "Missing court or referral")
    @APIResponse(responseCode = "403", description = "This client may not release evidence")
    @APIResponse(responseCode = "404", description = "No such item")
    @APIResponse(responseCode = "409", description = "The item has no bytes here (a device), or "
            + "INTEGRITY FAILURE: the bytes no longer match the recorded hash")
    @APIResponse(responseCode = "410", description = "The file's bytes were purged at the end of their retention period")
    @APIResponse(responseCode = "503", description = "complaints-service, which holds the bytes, could not be reached")
    public Response courtRelease(@PathParam("itemId") UUID itemId,
            @QueryParam("court") @NotBlank @Size(max = 40) String court,
            @QueryParam("referral") @NotBlank @Size(max = 40) String referral) {
        CourtRelease.Release released = release.release(itemId, court, referral);
        return EvidenceDownloads.attachment(released.body(), released.size(), released.contentType(),
                released.fileName(), released.sha256());
    }
}
