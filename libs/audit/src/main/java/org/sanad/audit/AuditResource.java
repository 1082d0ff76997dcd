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

    @Schema(name = "AuditEntry", description = "One audited event: who did what to which record, when, and whether it "
            + "was allowed")
    public record AuditEntryView(@Schema(description = "The entry's number in this service's log") long id,
            @Schema(description = "When it happened (UTC)") Instant occurredAt,
            @Schema(description = "Who: the subject (`sub`) of the caller's token; `anonymous` for a caller who could "
                    + "not be authenticated", example = "officer-ahmed") String actorSubject,
            @Schema(description = "The caller's roles at the time", example = "[\"investigator\"]") List<String> actorRoles,
            @Schema(description = "What: the action's code, never changed once written (pass it as `action`)",
                    example = "complaint.read") String action,
            @Schema(description = "The kind of record acted on", example = "complaint") String recordType,
            @Schema(description = "Which record (pass it as `recordId`); for `endpoint.access` the refused method and "
                    + "path", example = "5b0f8e4c-2d7a-4c1e-9f3b-6a8d2e71c940") String recordId,
            AuditEntry.Outcome outcome) {
    }

    @GET
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "Who saw and changed what, newest first, optionally filtered. Roles: auditor.",
            description = "The filters combine (all must hold); `after` pages through what they select.")
    @APIResponse(responseCode = "200", description = "A page of audit entries")
    @APIResponse(responseCode = "400", description = "Invalid filter, time range or cursor")
    public Page<AuditEntryView> list(
            @Parameter(description = "Only on this record (its id as recorded)") @QueryParam("recordId") @Size(max = 100) String recordId,
            @Parameter(description = "Only by this caller (the token subject)") @QueryParam("actor") @Size(max = 200) String actor,
            @Parameter(description = "Only of this action, its code exactly as recorded",
                    example = "complaint.read") @QueryParam("action") @Size(max = 64) String action,
            @Parameter(description = "Only those at or after this instant (ISO 8601, UTC)",
                    example = "2026-12-01T00:00:00Z") @QueryParam("from") @Size(max = 40) String from,
            @Parameter(description = "Only those before this instant (ISO 8601, UTC); not before `from`",
                    example = "2026-12-08T00:00:00Z") @QueryParam("to") @Size(max = 40) String to,
            @QueryParam("after") @Size(max = 40) String after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return trail.read(AuditEntryFilter.of(recordId, actor, action, from, to), after, limit);
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
