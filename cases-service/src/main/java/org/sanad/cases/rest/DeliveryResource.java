package org.sanad.cases.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.commons.security.Roles;
import org.sanad.cases.api.ComplaintDelivery;
import org.sanad.cases.api.DeliveryReceipt;
import org.sanad.cases.service.DeliveryService;

@Path("/complaint-deliveries")
@Tag(name = "Hand-off", description = "Accepted complaints arriving from complaints-service")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeliveryResource {

    @Inject
    DeliveryService deliveries;

    @POST
    @RolesAllowed(Roles.SERVICE_CLIENT)
    @Operation(summary = "Receive an accepted complaint (idempotent)",
            description = "Roles: service-client (complaints-service, client credentials). Links the complaint into "
                    + "the named case or a new one, indexes its identifiers, flags open cases sharing one. "
                    + "Redelivering the same deliveryId changes nothing; a new delivery of a complaint already linked "
                    + "adds only the evidence and identifiers its cases do not have yet (alreadyApplied=true).")
    @APIResponse(responseCode = "200", description = "Applied now, or already applied before")
    @APIResponse(responseCode = "400", description = "Invalid delivery")
    public DeliveryReceipt deliver(@NotNull @Valid ComplaintDelivery delivery) {
        return deliveries.accept(delivery);
    }
}
