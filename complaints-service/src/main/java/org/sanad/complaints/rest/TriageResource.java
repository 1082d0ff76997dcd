package org.sanad.complaints.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.sanad.core.http.QueryParams;
import org.sanad.core.http.Versions;
import org.sanad.core.paging.Page;
import org.sanad.kernel.security.Roles;
import org.sanad.complaints.api.ComplaintSummary;
import org.sanad.complaints.api.ComplaintView;
import org.sanad.complaints.api.QueueSearch;
import org.sanad.complaints.api.TriageDecision;
import org.sanad.complaints.domain.ComplaintStatus;
import org.sanad.complaints.domain.Platform;
import org.sanad.complaints.domain.Priority;
import org.sanad.complaints.domain.ThreatType;
import org.sanad.complaints.service.ComplaintQueue;
import org.sanad.complaints.service.TriageService;

@Path("/complaints")
@Tag(name = "Triage", description = "The intake queue and intake officers' decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TriageResource {

    @Inject
    ComplaintQueue queue;

    @Inject
    TriageService triage;

    @GET
    @RolesAllowed({ Roles.INTAKE_OFFICER, Roles.SUPERVISOR })
    @Operation(summary = "The intake queue: a governorate's complaints by priority, then age (keyset-paged)",
            description = "Roles: intake-officer, supervisor. Officers see their own governorate (the default); "
                    + "national officers must name one. Without status, open complaints are listed, or with "
                    + "victimPhone every complaint of that phone (the search is audited). To search by a victim's "
                    + "phone, use POST /complaints/searches (triageSearch): the phone stays out of the URL.")
    @APIResponse(responseCode = "200", description = "A page of the queue")
    @APIResponse(responseCode = "400", description = "Invalid filter or cursor")
    @APIResponse(responseCode = "403", description = "Governorate outside the officer's scope")
    public Page<ComplaintSummary> queue(
            @QueryParam("governorate") @Size(max = 16) String governorate,
            @Parameter(description = "One or more statuses, repeated or comma-separated")
            @QueryParam("status") List<String> statuses,
            @Parameter(description = "LOW, MEDIUM, HIGH or CRITICAL") @QueryParam("priority") String priority,
            @Parameter(description = "A platform, e.g. INSTAGRAM") @QueryParam("platform") String platform,
            @Parameter(description = "A threat type, e.g. PUBLISH_INTIMATE_IMAGES") @QueryParam("threatType") String threatType,
            @Parameter(description = "true or false") @QueryParam("minorVictim") String minorVictim,
            @Parameter(description = "true or false: only the complaints whose victim is (or is not) at risk of self-harm")
            @QueryParam("selfHarmRisk") String selfHarmRisk,
            @Parameter(deprecated = true, description = "Deprecated: a phone in a URL lands in the access log of every "
                    + "proxy on the way; send it in the body of POST /complaints/searches (triageSearch) instead. "
                    + "The victim's contact phone, in any usual spelling: finds a victim who calls without their "
                    + "tracking number") @QueryParam("victimPhone") @Size(max = 32) String victimPhone,
            @Parameter(description = "The `next` cursor of the previous page") @QueryParam("after") @Size(max = 200) String after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        ComplaintQueue.Filter filter = new ComplaintQueue.Filter(governorate,
                QueryParams.enumValues(ComplaintStatus.class, statuses, "status"),
                QueryParams.enumValue(Priority.class, priority, "priority"),
                QueryParams.enumValue(Platform.class, platform, "platform"),
                QueryParams.enumValue(ThreatType.class, threatType, "threatType"),
                QueryParams.bool(minorVictim, "minorVictim"), QueryParams.bool(selfHarmRisk, "selfHarmRisk"),
                victimPhone, null);
        return queue.page(filter, after, limit);
    }

    @POST
    @Path("/searches")
    @RolesAllowed({ Roles.INTAKE_OFFICER, Roles.SUPERVISOR })
    @Operation(summary = "Search the intake queue with the filters in the body, e.g. by a victim's phone (keyset-paged)",
            description = "Roles: intake-officer, supervisor. The queue's filters and answer (GET /complaints), sent in "
                    + "a body so that a victim's phone never travels in a URL, where every proxy's access log would "
                    + "keep it. A read: nothing is created, so the answer is 200, not 201, and nothing is stored "
                    + "in a cache (no-store). Officers see their own governorate (the default); national officers "
                    + "must name one. Without statuses, open complaints are listed, or with victimPhone every "
                    + "complaint of that phone (the search is audited, by the phone's blind index). The next page: "
                    + "the same body with after set to the page's `next`.")
    @APIResponse(responseCode = "200", description = "A page of the queue")
    @APIResponse(responseCode = "400", description = "Invalid filter or cursor")
    @APIResponse(responseCode = "403", description = "Governorate outside the officer's scope")
    public Page<ComplaintSummary> search(@NotNull @Valid QueueSearch search) {
        return queue.page(ComplaintQueue.Filter.of(search), search.after(), search.limitOrDefault());
    }

    @POST
    @Path("/{id}/triage")
    @RolesAllowed(Roles.INTAKE_OFFICER)
    @Operation(summary = "Decide on a complaint: under review, needs information, duplicate, rejected, accepted",
            description = "Roles: intake-officer of the complaint's governorate. Requires If-Match. "
                    + "Allowed: SUBMITTED→UNDER_REVIEW|DUPLICATE|REJECTED; UNDER_REVIEW→NEEDS_INFORMATION|DUPLICATE|"
                    + "REJECTED|ACCEPTED; NEEDS_INFORMATION→UNDER_REVIEW|DUPLICATE|REJECTED.")
    @APIResponse(responseCode = "200", description = "The complaint after the decision, with its new ETag")
    @APIResponse(responseCode = "400", description = "A detail the decision needs is missing")
    @APIResponse(responseCode = "403", description = "Outside the officer's governorate")
    @APIResponse(responseCode = "404", description = "No such complaint")
    @APIResponse(responseCode = "409", description = "The decision is not allowed from the current status")
    @APIResponse(responseCode = "412", description = "The complaint changed since the given ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<ComplaintView> decide(@PathParam("id") UUID id,
            @HeaderParam(Versions.IF_MATCH) String ifMatch, @NotNull @Valid TriageDecision decision) {
        return Versions.ok(triage.decide(id, Versions.expected(ifMatch), decision));
    }
}
