package org.sanad.cases.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import org.sanad.core.paging.Page;
import org.sanad.kernel.security.Roles;
import org.sanad.cases.api.FlagView;
import org.sanad.cases.api.SuspectInput;
import org.sanad.cases.api.ReferralBasis;
import org.sanad.cases.api.SuspectView;
import org.sanad.cases.service.CorrelationService;
import org.sanad.cases.service.ReferralBasisService;
import org.sanad.cases.service.SuspectService;

@Path("/cases/{id}")
@Tag(name = "Suspects and correlation", description = "Who is behind a case, and complaints that may share them")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseDetailsResource {

    @Inject
    ReferralBasisService basis;

    @Inject
    SuspectService suspects;

    @Inject
    CorrelationService correlations;

    @GET
    @Path("/suspects")
    @RolesAllowed({ Roles.INVESTIGATOR, Roles.SUPERVISOR })
    @Operation(summary = "The case's suspects with their identifiers", description = "Roles: investigator, supervisor (governorate).")
    @APIResponse(responseCode = "200", description = "Suspects")
    @APIResponse(responseCode = "403", description = "Outside the caller's governorate")
    @APIResponse(responseCode = "404", description = "No such case")
    public Page<SuspectView> suspects(@PathParam("id") UUID id) {
        return Page.whole(suspects.list(id));
    }

    @POST
    @Path("/suspects")
    @RolesAllowed(Roles.INVESTIGATOR)
    @Operation(summary = "Add a suspect with aliases and identifiers (normalised and indexed)",
            description = "Roles: investigator of the case's governorate.")
    @APIResponse(responseCode = "201", description = "Added; Location is the case's suspect list",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SuspectView.class)))
    @APIResponse(responseCode = "400", description = "Invalid suspect or identifier")
    @APIResponse(responseCode = "403", description = "Outside the caller's governorate")
    @APIResponse(responseCode = "404", description = "No such case")
    public RestResponse<SuspectView> addSuspect(@PathParam("id") UUID id, @NotNull @Valid SuspectInput suspect) {
        return ResponseBuilder.<SuspectView> created(URI.create("/cases/" + id + "/suspects"))
                .entity(suspects.add(id, suspect)).build();
    }

    @GET
    @Path("/correlations")
    @RolesAllowed({ Roles.INVESTIGATOR, Roles.SUPERVISOR })
    @Operation(summary = "Possible links: complaints sharing an identifier with this case, or this case's "
            + "complaints sharing one with another open case", description = "Roles: investigator, supervisor (governorate).")
    @APIResponse(responseCode = "200", description = "Flags, oldest first")
    @APIResponse(responseCode = "403", description = "Outside the caller's governorate")
    @APIResponse(responseCode = "404", description = "No such case")
    public Page<FlagView> correlations(@PathParam("id") UUID id) {
        return Page.whole(correlations.flagsOf(id));
    }

    @POST
    @Path("/correlations/{flagId}/link")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.INVESTIGATOR)
    @Operation(summary = "Link the flagged complaint into this case", description = "Roles: investigator of the case's governorate.")
    @APIResponse(responseCode = "200", description = "The decided flag")
    @APIResponse(responseCode = "403", description = "Outside the caller's governorate")
    @APIResponse(responseCode = "404", description = "No such case or flag")
    @APIResponse(responseCode = "409", description = "Already decided")
    public FlagView link(@PathParam("id") UUID id, @PathParam("flagId") UUID flagId) {
        return correlations.link(id, flagId);
    }

    @POST
    @Path("/correlations/{flagId}/dismissal")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.INVESTIGATOR)
    @Operation(summary = "Dismiss a possible link", description = "Roles: investigator of the case's governorate.")
    @APIResponse(responseCode = "200", description = "The decided flag")
    @APIResponse(responseCode = "403", description = "Outside the caller's governorate")
    @APIResponse(responseCode = "404", description = "No such case or flag")
    @APIResponse(responseCode = "409", description = "Already decided")
    public FlagView dismiss(@PathParam("id") UUID id, @PathParam("flagId") UUID flagId) {
        return correlations.dismiss(id, flagId);
    }

    @GET
    @Path("/referral-basis")
    @RolesAllowed(Roles.PROSECUTOR)
    @Operation(summary = "What a referral to court is built from: suspects with their arrests, the evidence manifest",
            description = "Roles: prosecutor of the case's governorate (audited). Nothing else of the case: no notes, "
                    + "identifiers or officers; complaints by id only.")
    @APIResponse(responseCode = "200", description = "The case's suspects, arrests, evidence with custody summaries")
    @APIResponse(responseCode = "403", description = "Outside the prosecutor's governorate")
    @APIResponse(responseCode = "404", description = "No such case")
    public ReferralBasis referralBasis(@PathParam("id") UUID id) {
        return basis.basis(id);
    }
}
