package org.sanad.cases.rest;

import java.net.URI;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import org.sanad.core.http.QueryParams;
import org.sanad.core.http.Versions;
import org.sanad.core.paging.Page;
import org.sanad.kernel.security.Roles;
import org.sanad.cases.api.ActionInput;
import org.sanad.cases.api.ActionView;
import org.sanad.cases.api.AssignmentInput;
import org.sanad.cases.api.CaseSummary;
import org.sanad.cases.api.CaseView;
import org.sanad.cases.api.ReferableCase;
import org.sanad.cases.api.StatusInput;
import org.sanad.cases.domain.CaseStatus;
import org.sanad.cases.domain.Priority;
import org.sanad.cases.service.ActionService;
import org.sanad.cases.service.CaseService;
import org.sanad.cases.service.ReferralBasisService;

@Path("/cases")
@Tag(name = "Cases", description = "Investigation cases, their assignment, status and timeline")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseResource {

    @Inject
    CaseService cases;

    @Inject
    ActionService actions;

    @Inject
    ReferralBasisService referrals;

    @GET
    @RolesAllowed({ Roles.INVESTIGATOR, Roles.SUPERVISOR })
    @Operation(summary = "List cases by priority, newest first (keyset-paged), with filters and text search",
            description = "Roles: investigator, supervisor; their governorate only (national units: all, or the one "
                    + "named). `q` matches a title containing it, or timeline notes holding every one of its "
                    + "words (whole words: notes are encrypted and searched by blind index); Arabic spelling variants "
                    + "folded. `number` finds a case by its number (letter case aside), within the same scope.")
    @APIResponse(responseCode = "200", description = "A page of cases")
    @APIResponse(responseCode = "400", description = "Invalid filter or cursor")
    @APIResponse(responseCode = "403", description = "Governorate outside the caller's scope")
    public Page<CaseSummary> list(@QueryParam("governorate") @Size(max = 16) String governorate,
            @Parameter(description = "One or more statuses, repeated or comma-separated") @QueryParam("status") List<String> statuses,
            @QueryParam("priority") String priority,
            @QueryParam("unit") @Size(max = 100) String unit,
            @Parameter(description = "Lead investigator's user id") @QueryParam("assignee") @Size(max = 255) String assignee,
            @Parameter(description = "Text to find in titles and notes") @QueryParam("q") @Size(max = 200) String text,
            @Parameter(description = "A case number, e.g. BG-2026-00028") @QueryParam("number") @Size(max = 32) String number,
            @QueryParam("after") @Size(max = 200) String after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        CaseService.Filter filter = new CaseService.Filter(governorate,
                QueryParams.enumValues(CaseStatus.class, statuses, "status"),
                QueryParams.enumValue(Priority.class, priority, "priority"), unit, assignee, text, number);
        return cases.page(filter, after, limit);
    }

    @GET
    @Path("/referable")
    @RolesAllowed(Roles.PROSECUTOR)
    @Operation(summary = "List the cases a prosecutor may refer to court, most recently changed first (keyset-paged)",
            description = "Roles: prosecutor; their governorate only (national units: all, or the one named). Cases "
                    + "from SUSPECT_IDENTIFIED on, not CLOSED. Lines carry no title (it names the victim's complaint); "
                    + "what a referral is built from is read with GET /cases/{id}/referral-basis. Every listing is audited.")
    @APIResponse(responseCode = "200", description = "A page of cases")
    @APIResponse(responseCode = "400", description = "Invalid governorate or cursor")
    @APIResponse(responseCode = "403", description = "Governorate outside the caller's scope")
    public Page<ReferableCase> referable(@QueryParam("governorate") @Size(max = 16) String governorate,
            @QueryParam("after") @Size(max = 200) String after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return referrals.referable(governorate, after, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.INVESTIGATOR, Roles.SUPERVISOR })
    @Operation(summary = "Read a case with its complaints", description = "Roles: investigator, supervisor (governorate).")
    @APIResponse(responseCode = "200", description = "The case; its version is the ETag")
    @APIResponse(responseCode = "403", description = "Outside the caller's governorate")
    @APIResponse(responseCode = "404", description = "No such case")
    public RestResponse<CaseView> read(@PathParam("id") UUID id) {
        return Versions.ok(cases.read(id));
    }

    @PUT
    @Path("/{id}/assignment")
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Assign the lead investigator and owning unit",
            description = "Roles: supervisor of the case's governorate. Requires If-Match. The answer shows whether "
                    + "a victim's request for an officer of the same gender is honoured.")
    @APIResponse(responseCode = "200", description = "The case after assignment")
    @APIResponse(responseCode = "400", description = "Invalid assignment")
    @APIResponse(responseCode = "403", description = "Outside the caller's governorate")
    @APIResponse(responseCode = "404", description = "No such case")
    @APIResponse(responseCode = "409", description = "The case is closed")
    @APIResponse(responseCode = "412", description = "The case changed since the given ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<CaseView> assign(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @NotNull @Valid AssignmentInput assignment) {
        return Versions.ok(cases.assign(id, Versions.expected(ifMatch), assignment));
    }

    @POST
    @Path("/{id}/status")
    @RolesAllowed({ Roles.INVESTIGATOR, Roles.SUPERVISOR })
    @Operation(summary = "Move the case forward one step, or close it with a reason",
            description = "Roles: investigator, supervisor (governorate). Requires If-Match. "
                    + "OPEN→INVESTIGATING→SUSPECT_IDENTIFIED→ARREST_MADE; the court steps REFERRED→HEARING_SCHEDULED→DECIDED "
                    + "come only from referrals-service; CLOSED from any step with a closureReason. The victims' complaints are told the new public status.")
    @APIResponse(responseCode = "200", description = "The case after the change")
    @APIResponse(responseCode = "400", description = "Missing closure reason")
    @APIResponse(responseCode = "403", description = "Outside the caller's governorate")
    @APIResponse(responseCode = "404", description = "No such case")
    @APIResponse(responseCode = "409", description = "Not allowed from the current status")
    @APIResponse(responseCode = "412", description = "The case changed since the given ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<CaseView> changeStatus(@PathParam("id") UUID id,
            @HeaderParam(Versions.IF_MATCH) String ifMatch, @NotNull @Valid StatusInput change) {
        return Versions.ok(cases.changeStatus(id, Versions.expected(ifMatch), change));
    }

    @GET
    @Path("/{id}/actions")
    @RolesAllowed({ Roles.INVESTIGATOR, Roles.SUPERVISOR })
    @Operation(summary = "The case's timeline of investigative actions", description = "Roles: investigator, supervisor (governorate).")
    @APIResponse(responseCode = "200", description = "Actions, oldest first")
    @APIResponse(responseCode = "403", description = "Outside the caller's governorate")
    @APIResponse(responseCode = "404", description = "No such case")
    public Page<ActionView> timeline(@PathParam("id") UUID id) {
        return Page.whole(actions.timeline(id));
    }

    @POST
    @Path("/{id}/actions")
    @RolesAllowed(Roles.INVESTIGATOR)
    @Operation(summary = "Record an investigative action (an arrest also moves the case to ARREST_MADE)",
            description = "Roles: investigator of the case's governorate. ARREST needs place, unit and a suspect.")
    @APIResponse(responseCode = "201", description = "Recorded; Location is the case's timeline",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid action")
    @APIResponse(responseCode = "403", description = "Outside the caller's governorate")
    @APIResponse(responseCode = "404", description = "No such case")
    @APIResponse(responseCode = "409", description = "The case is closed")
    public RestResponse<ActionView> record(@PathParam("id") UUID id, @NotNull @Valid ActionInput action) {
        return ResponseBuilder.<ActionView> created(URI.create("/cases/" + id + "/actions"))
                .entity(actions.record(id, action)).build();
    }
}
