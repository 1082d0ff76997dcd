package org.sanad.referrals.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.kernel.security.Roles;
import org.sanad.referrals.api.CourtWebhookInput;
import org.sanad.referrals.api.CourtWebhookView;
import org.sanad.referrals.service.CourtWebhooks;

/**
 * A court system's notification endpoint (docs/court-push.md): it registers one HTTPS endpoint
 * for its court and is told there, signed, of each new entry of its feed. The feed stays what a
 * court reads; a notification only says when to read it.
 */
@Path("/court/webhook")
@Tag(name = "Court integration", description = "Court systems pull their referrals and reply")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.COURT_SYSTEM)
public class CourtWebhookResource {

    @Inject
    CourtWebhooks webhooks;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register or move the caller court's notification endpoint",
            description = "Roles: court-system (own court). HTTPS on a public address. The first registration answers "
                    + "the signing secret (whsec_…), once; moving the endpoint keeps the secret and does not show it.")
    @APIResponse(responseCode = "200", description = "The endpoint; with its secret when it was just made")
    @APIResponse(responseCode = "400", description = "Not an HTTPS URL on a public address")
    @APIResponse(responseCode = "403", description = "No court code in the token")
    public CourtWebhookView register(@NotNull @Valid CourtWebhookInput input) {
        return webhooks.register(input.url());
    }

    @GET
    @Operation(summary = "The caller court's notification endpoint, without its secret", description = "Roles: court-system (own court).")
    @APIResponse(responseCode = "200", description = "The endpoint")
    @APIResponse(responseCode = "404", description = "The court has no endpoint")
    public CourtWebhookView read() {
        return webhooks.read();
    }

    @DELETE
    @Operation(summary = "Remove the caller court's notification endpoint",
            description = "Roles: court-system (own court). Notifications not yet delivered are dropped; the feed has them all.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "The court has no endpoint")
    public void remove() {
        webhooks.remove();
    }

    @POST
    @Path("/secret-rotation")
    @Operation(summary = "Give the caller court's endpoint a new signing secret",
            description = "Roles: court-system (own court). Answers the new secret, once; every delivery from now on is "
                    + "signed with it, retries of earlier notifications included, and for 24 hours also with the previous "
                    + "one (two signatures in webhook-signature), so the receiver can switch over. Not idempotent: a "
                    + "repeat makes another secret.")
    @APIResponse(responseCode = "200", description = "The endpoint with its new secret")
    @APIResponse(responseCode = "404", description = "The court has no endpoint")
    public CourtWebhookView rotateSecret() {
        return webhooks.rotateSecret();
    }
}
