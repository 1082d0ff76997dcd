package org.sanad.handoff;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.core.paging.Page;
import org.sanad.kernel.security.Roles;

/** Hand-offs their receiver refused, for the operator who fixes the cause and sends them again. */
@Path("/outbox/dead-events")
@Tag(name = "Operations")
@Produces(MediaType.APPLICATION_JSON)
public class DeadEventsResource {

    @Inject
    DeadEvents deadEvents;

    @Schema(description = "A hand-off its receiver refused; its payload stays in the outbox")
    public record DeadEvent(UUID id, String destination, String type, String aggregateId, Instant createdAt,
            int attempts, Instant deadAt,
            @Schema(description = "The receiver's HTTP status") Integer lastStatus,
            @Schema(description = "The receiver's answer, cut to 1000 characters") String lastError) {
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Hand-offs the receiver refused, oldest first. Roles: admin.")
    @APIResponse(responseCode = "200", description = "A page of dead events")
    @APIResponse(responseCode = "400", description = "Invalid cursor or limit")
    public Page<DeadEvent> list(@QueryParam("after") @Size(max = 200) String after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return deadEvents.list(after, limit);
    }

    @POST
    @Path("/{id}/requeue")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Send a dead hand-off again, after the cause is fixed. Roles: admin.",
            description = "The event becomes pending and due now, with its attempts counted from zero.")
    @APIResponse(responseCode = "204", description = "Re-queued")
    @APIResponse(responseCode = "404", description = "No dead event with this id")
    public void requeue(@PathParam("id") UUID id) {
        deadEvents.requeue(id);
    }
}
