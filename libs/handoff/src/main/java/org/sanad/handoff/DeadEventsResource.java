package org.sanad.handoff;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.Nullable;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
    public record DeadEvent(UUID id, @Schema(example = "cases-service") String destination,
            @Schema(example = "complaint-accepted") String type,
            @Schema(example = "5b0f8e4c-2d7a-4c1e-9f3b-6a8d2e71c940") String aggregateId, Instant createdAt,
            int attempts, Instant deadAt,
            @Schema(description = "The receiver's HTTP status; null when it never answered") @Nullable Integer lastStatus,
            @Schema(description = "The receiver's answer, cut to 1000 characters; null when it never answered",
                    example = "{\"type\":\"urn:sanad:problem:validation\",\"status\":400}") @Nullable String lastError) {
    }

    @Schema(description = "How many dead events were re-queued; as many as the limit means more may be left")
    public record Requeued(int requeued) {
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Hand-offs the receiver refused, oldest first, optionally filtered. Roles: admin.")
    @APIResponse(responseCode = "200", description = "A page of dead events")
    @APIResponse(responseCode = "400", description = "Invalid filter, cursor or limit")
    public Page<DeadEvent> list(@Parameter(description = "Only of this hand-off type") @QueryParam("type") @Size(max = 64) String type,
            @Parameter(description = "Only to this receiving service") @QueryParam("destination") @Size(max = 64) String destination,
            @Parameter(description = "Only those the receiver last answered with this HTTP status")
            @QueryParam("lastStatus") @Min(100) @Max(599) Integer lastStatus,
            @Parameter(description = "Only those dead at or after this instant (ISO 8601, UTC)") @QueryParam("deadFrom") @Size(max = 40) String deadFrom,
            @Parameter(description = "Only those dead before this instant (ISO 8601, UTC)") @QueryParam("deadTo") @Size(max = 40) String deadTo,
            @QueryParam("after") @Size(max = 200) String after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return deadEvents.list(DeadEventFilter.of(type, destination, lastStatus, deadFrom, deadTo), after, limit);
    }

    @POST
    @Path("/requeue")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Send again the dead hand-offs a filter selects, after the cause is fixed. Roles: admin.",
            description = "The same filter as the list's; the oldest `limit` events it selects become pending and due "
                    + "now, with their attempts counted from zero, each audited. Without a filter every dead event is "
                    + "selected. Repeat until fewer than `limit` are re-queued.")
    @APIResponse(responseCode = "200", description = "How many were re-queued")
    @APIResponse(responseCode = "400", description = "Invalid filter or limit")
    public Requeued requeueAll(@QueryParam("type") @Size(max = 64) String type,
            @QueryParam("destination") @Size(max = 64) String destination,
            @QueryParam("lastStatus") @Min(100) @Max(599) Integer lastStatus,
            @QueryParam("deadFrom") @Size(max = 40) String deadFrom,
            @QueryParam("deadTo") @Size(max = 40) String deadTo,
            @QueryParam("limit") @DefaultValue("500") @Min(1) @Max(1000) int limit) {
        return new Requeued(deadEvents.requeue(DeadEventFilter.of(type, destination, lastStatus, deadFrom, deadTo), limit));
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
