package org.sanad.complaints.rest;

import java.net.URI;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import org.sanad.core.http.Versions;
import org.sanad.core.paging.Page;
import org.sanad.idempotency.IdempotencyKeyDocs;
import org.sanad.idempotency.Idempotent;
import org.sanad.kernel.security.Roles;
import org.sanad.complaints.api.ComplaintSummary;
import org.sanad.complaints.api.ComplaintView;
import org.sanad.complaints.api.FiledComplaint;
import org.sanad.complaints.api.HistoryEntry;
import org.sanad.complaints.api.NewComplaint;
import org.sanad.complaints.api.SupplementInput;
import org.sanad.complaints.api.WithdrawalInput;
import org.sanad.complaints.service.ComplaintService;
import org.sanad.complaints.service.ReferenceDataService;

@Path("/complaints")
@Tag(name = "Complaints", description = "Filing and following complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ComplaintResource {

    @Inject
    ComplaintService complaints;

    @Inject
    ReferenceDataService referenceData;

    @POST
    @RolesAllowed(Roles.CITIZEN)
    @Idempotent(Idempotent.Scope.SUBJECT)
    @Extension(name = IdempotencyKeyDocs.MARK, value = "true")
    @Operation(summary = "File a complaint as a logged-in citizen",
            description = "Roles: citizen. The complaint is linked to the token's subject. With an Idempotency-Key, "
                    + "a retry of the same filing is answered the first answer and files nothing.")
    @APIResponse(responseCode = "201", description = "Filed; Location and ETag name the new complaint",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FiledComplaint.class)))
    @APIResponse(responseCode = "400", description = "Invalid or malformed complaint")
    public RestResponse<FiledComplaint> file(@NotNull @Valid NewComplaint complaint, @Context HttpHeaders headers) {
        FiledComplaint filed = complaints.fileAsCitizen(complaint, referenceData.languageFor(headers::getAcceptableLanguages));
        return ResponseBuilder.<FiledComplaint> created(URI.create("/complaints/" + filed.id()))
                .entity(filed)
                .tag(Versions.tag(filed.complaint().version()))
                .build();
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "The calling citizen's complaints, newest first (keyset-paged)", description = "Roles: citizen.")
    @APIResponse(responseCode = "200", description = "A page of the citizen's complaints")
    @APIResponse(responseCode = "400", description = "Invalid cursor or limit")
    public Page<ComplaintSummary> mine(@QueryParam("after") @Size(max = 200) String after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return complaints.mine(after, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CITIZEN, Roles.INTAKE_OFFICER, Roles.SUPERVISOR, Roles.INVESTIGATOR })
    @Operation(summary = "Read a complaint in full, including the victim's personal data (audited)",
            description = "Roles: citizen (own complaints only), intake-officer, supervisor, investigator "
                    + "(complaints of their governorate).")
    @APIResponse(responseCode = "200", description = "The complaint; its version is in the ETag")
    @APIResponse(responseCode = "403", description = "Outside the officer's governorate")
    @APIResponse(responseCode = "404", description = "No such complaint (or not the citizen's)")
    public RestResponse<ComplaintView> read(@PathParam("id") UUID id) {
        return Versions.ok(complaints.read(id));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.CITIZEN, Roles.INTAKE_OFFICER, Roles.SUPERVISOR, Roles.INVESTIGATOR })
    @Operation(summary = "Status history; the filer does not see officers' names and internal notes",
            description = "Roles: citizen (own complaints), intake-officer, supervisor, investigator (their governorate).")
    @APIResponse(responseCode = "200", description = "The history, oldest first")
    @APIResponse(responseCode = "403", description = "Outside the officer's governorate")
    @APIResponse(responseCode = "404", description = "No such complaint (or not the citizen's)")
    public Page<HistoryEntry> history(@PathParam("id") UUID id) {
        return Page.whole(complaints.history(id));
    }

    @POST
    @Path("/{id}/supplements")
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "Add information: answer the officer's question, add identifiers, update risk signals",
            description = "Roles: citizen (own complaints). Requires If-Match with the complaint's ETag. "
                    + "Answering a question puts the complaint back under review; priority is recomputed.")
    @APIResponse(responseCode = "200", description = "The updated complaint and its new ETag")
    @APIResponse(responseCode = "400", description = "Empty or invalid supplement")
    @APIResponse(responseCode = "404", description = "No such complaint (or not the citizen's)")
    @APIResponse(responseCode = "409", description = "The complaint is closed")
    @APIResponse(responseCode = "412", description = "The complaint changed since the given ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<ComplaintView> supplement(@PathParam("id") UUID id,
            @HeaderParam(Versions.IF_MATCH) String ifMatch, @NotNull @Valid SupplementInput supplement) {
        return Versions.ok(complaints.supplementAsFiler(id, Versions.expected(ifMatch), supplement));
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "Withdraw a complaint that is not yet decided",
            description = "Roles: citizen (own complaints). Requires If-Match. Never for a minor victim's complaint.")
    @APIResponse(responseCode = "200", description = "The withdrawn complaint")
    @APIResponse(responseCode = "404", description = "No such complaint (or not the citizen's)")
    @APIResponse(responseCode = "409", description = "Already decided, or the victim is a minor")
    @APIResponse(responseCode = "412", description = "The complaint changed since the given ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<ComplaintView> withdraw(@PathParam("id") UUID id,
            @HeaderParam(Versions.IF_MATCH) String ifMatch, @Valid WithdrawalInput withdrawal) {
        return Versions.ok(complaints.withdrawAsFiler(id, Versions.expected(ifMatch), withdrawal));
    }
}
