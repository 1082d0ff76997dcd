package org.sanad.cases.rest;

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
import org.sanad.cases.api.ComplaintDelivery;

@Path("/complaint-deliveries")
@Tag(name = "Hand-off", description = "Accepted complaints arriving from complaints-service")
@Consumes(MediaType.APPLICATION_JSON)
public class DeliveryResource {

    @Inject
    Inbox inbox;

    @POST
    @RolesAllowed(Roles.SERVICE_CLIENT)
    @Operation(summary = "Receive an accepted complaint (idempotent)",
            description = "Roles: service-client (complaints-service, client credentials). Links the complaint into "
                    + "the named case or a new one, indexes its identifiers, flags open cases sharing one. "
                    + "Redelivering the same deliveryId changes nothing; a new delivery of a complaint already linked "
                    + "adds only the evidence and identifiers its cases do not have yet. A 4xx answer is final: the "
                    + "sender parks the delivery for an operator instead of retrying it.")
    @APIResponse(responseCode = "204", description = "Applied now, or already applied before")
    @APIResponse(responseCode = "400", description = "Invalid delivery")
    public void deliver(@NotNull @Valid ComplaintDelivery delivery) {
        inbox.receive(delivery);
    }
}
