package org.sanad.referrals.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import org.sanad.core.http.Versions;
import org.sanad.core.paging.Page;
import org.sanad.kernel.security.Roles;
import org.sanad.referrals.api.IdentityDecisionInput;
import org.sanad.referrals.api.IdentityRequestView;
import org.sanad.referrals.api.ReferralInput;
import org.sanad.referrals.api.ReferralView;
import org.sanad.referrals.domain.ReferralStatus;
import org.sanad.referrals.service.IdentityApprovals;
import org.sanad.referrals.service.ReferralService;

@Path("/referrals")
@Tag(name = "Referrals", description = "Prosecutors refer cases to court")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {

    @Inject
    ReferralService referrals;

    @Inject
    IdentityApprovals approvals;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROSECUTOR)
    @Operation(summary = "Draft a referral of a case to a court",
            description = "Roles: prosecutor of the case's governorate. The suspects, arrests and evidence manifest are "
                    + "read from cases-service with the prosecutor's own token; victims appear as pseudonyms.")
    @APIResponse(responseCode = "201", description = "Drafted (version 1); Location names it, ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "400", description = "Invalid content: unknown case, court, suspect, statute or item")
    @APIResponse(responseCode = "403", description = "Outside the prosecutor's governorate")
    @APIResponse(responseCode = "409", description = "The case is closed or has a referral in progress")
    @APIResponse(responseCode = "503", description = "cases-service could not be reached")
    public RestResponse<ReferralView> draft(@NotNull @Valid ReferralInput input) {
        ReferralView view = referrals.draft(input);
        return ResponseBuilder.<ReferralView> created(URI.create("/referrals/" + view.id())).entity(view)
                .tag(Versions.tag(view.version())).build();
    }

    @GET
    @RolesAllowed(Roles.PROSECUTOR)
    @Operation(summary = "The governorate's referrals, most recently changed first",
            description = "Roles: prosecutor (own governorate; a national prosecutor names one or sees all).")
    @APIResponse(responseCode = "200", description = "A page of referrals at their newest version")
    @APIResponse(responseCode = "400", description = "Invalid filter or cursor")
    @APIResponse(responseCode = "403", description = "A governorate the prosecutor does not serve")
    public Page<ReferralView> list(@QueryParam("governorate") @Size(max = 16) String governorate,
            @QueryParam("status") ReferralStatus status, @QueryParam("after") @Size(max = 200) String after,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        return referrals.list(governorate, status, after, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.PROSECUTOR)
    @Operation(summary = "A referral at its newest version (a draft included), with the court's replies",
            description = "Roles: prosecutor of its governorate (audited).")
    @APIResponse(responseCode = "200", description = "The referral; ETag is its version")
    @APIResponse(responseCode = "403", description = "Outside the prosecutor's governorate")
    @APIResponse(responseCode = "404", description = "No such referral")
    public RestResponse<ReferralView> read(@PathParam("id") UUID id) {
        return Versions.ok(referrals.read(id));
    }

    @GET
    @Path("/{id}/versions/{number}")
    @RolesAllowed(Roles.PROSECUTOR)
    @Operation(summary = "One version of a referral, as it was submitted", description = "Roles: prosecutor of its governorate.")
    @APIResponse(responseCode = "200", description = "The version with the court's replies to it")
    @APIResponse(responseCode = "403", description = "Outside the prosecutor's governorate")
    @APIResponse(responseCode = "404", description = "No such referral or version")
    public ReferralView readVersion(@PathParam("id") UUID id, @PathParam("number") @Positive int number) {
        return referrals.readVersion(id, number);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROSECUTOR)
    @Operation(summary = "Amend a draft, or a returned referral into its next version",
            description = "Roles: prosecutor of its governorate. Requires If-Match. A submitted version never changes: "
                    + "amending a RETURNED referral drafts the next version, with the case's current suspects and "
                    + "evidence; victims keep their pseudonyms.")
    @APIResponse(responseCode = "200", description = "The draft after the change")
    @APIResponse(responseCode = "400", description = "Invalid content")
    @APIResponse(responseCode = "403", description = "Outside the prosecutor's governorate")
    @APIResponse(responseCode = "404", description = "No such referral")
    @APIResponse(responseCode = "409", description = "Neither a draft nor returned")
    @APIResponse(responseCode = "412", description = "Changed since the given ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @APIResponse(responseCode = "503", description = "cases-service could not be reached")
    public RestResponse<ReferralView> amend(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch,
            @NotNull @Valid ReferralInput input) {
        return Versions.ok(referrals.amend(id, Versions.expected(ifMatch), input));
    }

    @POST
    @Path("/{id}/submission")
    @RolesAllowed(Roles.PROSECUTOR)
    @Operation(summary = "Submit the draft version to its court",
            description = "Roles: prosecutor of its governorate. Requires If-Match. The version becomes immutable, "
                    + "appears in the court's feed, and the case is marked REFERRED in cases-service (outbox).")
    @APIResponse(responseCode = "200", description = "Submitted")
    @APIResponse(responseCode = "403", description = "Outside the prosecutor's governorate")
    @APIResponse(responseCode = "404", description = "No such referral")
    @APIResponse(responseCode = "409", description = "No draft to submit")
    @APIResponse(responseCode = "412", description = "Changed since the given ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<ReferralView> submit(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch) {
        return Versions.ok(referrals.submit(id, Versions.expected(ifMatch)));
    }

    @POST
    @Path("/{id}/closure")
    @RolesAllowed(Roles.PROSECUTOR)
    @Operation(summary = "Close a decided referral", description = "Roles: prosecutor of its governorate. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "Closed")
    @APIResponse(responseCode = "403", description = "Outside the prosecutor's governorate")
    @APIResponse(responseCode = "404", description = "No such referral")
    @APIResponse(responseCode = "409", description = "Not decided yet")
    @APIResponse(responseCode = "412", description = "Changed since the given ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<ReferralView> close(@PathParam("id") UUID id, @HeaderParam(Versions.IF_MATCH) String ifMatch) {
        return Versions.ok(referrals.close(id, Versions.expected(ifMatch)));
    }

    @GET
    @Path("/{id}/identity-requests")
    @RolesAllowed(Roles.PROSECUTOR)
    @Operation(summary = "The courts' requests for the identity of the referral's victims, oldest first",
            description = "Roles: prosecutor of its governorate (audited).")
    @APIResponse(responseCode = "200", description = "Every request, with its reason and where it stands")
    @APIResponse(responseCode = "403", description = "Outside the prosecutor's governorate")
    @APIResponse(responseCode = "404", description = "No such referral")
    public List<IdentityRequestView> identityRequests(@PathParam("id") UUID id) {
        return approvals.list(id);
    }

    @POST
    @Path("/{id}/identity-requests/{requestId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROSECUTOR)
    @Operation(summary = "Approve or refuse a court's identity request that awaits approval",
            description = "Roles: prosecutor of its governorate. Only where referrals.identity-requests.prosecutor-approval "
                    + "is on; the court then fetches an approved request's identity itself.")
    @APIResponse(responseCode = "200", description = "Decided")
    @APIResponse(responseCode = "400", description = "Invalid decision")
    @APIResponse(responseCode = "403", description = "Outside the prosecutor's governorate")
    @APIResponse(responseCode = "404", description = "No such referral or request")
    @APIResponse(responseCode = "409", description = "The request does not await a decision, or the referral is closed")
    public IdentityRequestView decideIdentityRequest(@PathParam("id") UUID id, @PathParam("requestId") UUID requestId,
            @NotNull @Valid IdentityDecisionInput decision) {
        return approvals.decide(id, requestId, decision);
    }
}
