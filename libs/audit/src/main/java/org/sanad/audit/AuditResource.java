package org.sanad.audit;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.core.http.QueryParams;
import org.sanad.core.paging.Page;
import org.sanad.kernel.security.Roles;


@Path("/audit-entries")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditTrail trail;

    @Inject
    AuditChain chain;

    @Schema(name = "AuditEntry")
    public record AuditEntryView(long id, Instant occurredAt, @Schema(example = "officer-ahmed") String actorSubject,
            @Schema(example = "[\"intake-officer\"]") List<String> actorRoles,
            @Schema(example = "COMPLAINT_READ") String action, @Schema(example = "COMPLAINT") String recordType,
            @Schema(example = "5b0f8e4c-2d7a-4c1e-9f3b-6a8d2e71c940") String recordId, AuditEntry.Outcome outcome) {
    }

    @GET
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "Who saw and changed what, newest first. Roles: auditor.")
    @APIResponse(responseCode = "200", description = "A page of audit entries")
    @APIResponse(responseCode = "400", description = "Invalid filter or cursor")
    public Page<AuditEntryView> list(@QueryParam("recordId") @Size(max = 100) String recordId,
            @QueryParam("actor") @Size(max = 200) String actor,
            @QueryParam("after") @Size(max = 40) String after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return trail.read(recordId, actor, after, limit);
    }

    @GET
    @Path("/verification")
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "Walk the audit log's hash chain and report every entry changed, removed or inserted. "
            + "Roles: auditor.",
            description = "By default the walk starts at the last checkpoint (the head of an earlier intact walk) and "
                    + "costs the entries sealed since; `full=true` walks from the first entry, the deep check that "
                    + "also recomputes the entries before the checkpoint (seconds per million entries). Either walk "
                    + "compares the chain with the newest head anchored outside the database, and the answer "
                    + "carries what the last scheduled full walk found.")
    @APIResponse(responseCode = "200", description = "The chain's state: intact, or where it breaks")
    public AuditChain.Verification verify(
            @Parameter(description = "Walk from the first entry instead of the last checkpoint",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @QueryParam("full") String full) {
        return chain.verify(Boolean.TRUE.equals(QueryParams.bool(full, "full")));
    }
}
