package org.sanad.commons.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.commons.security.Roles;

import io.quarkus.panache.common.Sort;

@Path("/audit-entries")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Schema(name = "AuditEntry")
    public record AuditEntryView(long id, Instant occurredAt, String actorSubject, String actorRoles, String action,
            String recordType, String recordId, AuditEntry.Outcome outcome) {
    }

    @Schema(name = "AuditPage")
    public record AuditPage(List<AuditEntryView> items,
            @Schema(description = "Pass as `before` to read the next (older) page; absent on the last page")
            Long nextBefore) {
    }

    @GET
    @RolesAllowed(Roles.AUDITOR)
    @Operation(summary = "Who saw and changed what, newest first. Roles: auditor.")
    @APIResponse(responseCode = "200", description = "A page of audit entries")
    @APIResponse(responseCode = "400", description = "Invalid filter")
    public AuditPage list(@QueryParam("recordId") @Size(max = 100) String recordId,
            @QueryParam("actor") @Size(max = 200) String actor,
            @QueryParam("before") @Min(1) Long before,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (recordId != null) {
            conditions.add("recordId = :recordId");
            parameters.put("recordId", recordId);
        }
        if (actor != null) {
            conditions.add("actorSubject = :actor");
            parameters.put("actor", actor);
        }
        if (before != null) {
            conditions.add("id < :before");
            parameters.put("before", before);
        }
        String query = conditions.isEmpty() ? "" : String.join(" and ", conditions);
        List<AuditEntry> entries = AuditEntry.<AuditEntry> find(query, Sort.descending("id"), parameters)
                .page(0, limit + 1).list();
        boolean more = entries.size() > limit;
        List<AuditEntryView> items = entries.stream().limit(limit)
                .map(e -> new AuditEntryView(e.id, e.occurredAt, e.actorSubject, e.actorRoles, e.action,
                        e.recordType, e.recordId, e.outcome))
                .toList();
        return new AuditPage(items, more ? items.get(items.size() - 1).id() : null);
    }
}
