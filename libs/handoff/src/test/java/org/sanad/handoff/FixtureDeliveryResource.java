package org.sanad.handoff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.sanad.kernel.security.Roles;

/**
 * Test fixture: the receiving end of {@link FixtureMessage#ROUTE}, as a service's resource is,
 * except that it answers what the inbox answered, so a test sees a redelivery for what it is.
 */
@Path("/fixture-deliveries")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class FixtureDeliveryResource {

    public record Received(boolean applied) {
    }

    @Inject
    Inbox inbox;

    @POST
    @RolesAllowed(Roles.SERVICE_CLIENT)
    public Received receive(@NotNull @Valid FixtureMessage message) {
        return new Received(inbox.receive(message));
    }
}
