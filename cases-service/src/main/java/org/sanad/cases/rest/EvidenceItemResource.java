package org.sanad.cases.rest;

import java.io.InputStream;
import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import org.sanad.core.paging.Page;
import org.sanad.kernel.security.Roles;
import org.sanad.cases.api.CustodyInput;
import org.sanad.cases.api.CustodyView;
import org.sanad.cases.api.EvidenceItemInput;
import org.sanad.cases.api.EvidenceItemView;
import org.sanad.cases.api.VerificationResult;
import org.sanad.cases.service.EvidenceItemService;
import org.sanad.cases.service.EvidenceVerification;

@Path("/cases/{id}/evidence")
@Tag(name = "Evidence", description = "Evidence items, chain of custody and hash re-verification")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvidenceItemResource {

    @Inject
    EvidenceItemService evidence;

    @Inject
    EvidenceVerification verification;

    @GET
    @RolesAllowed({ Roles.INVESTIGATOR, Roles.SUPERVISOR })
    @Operation(summary = "The case's evidence items with their SHA-256", description = "Roles: investigator, supervisor (governorate).")
    @APIResponse(responseCode = "200", description = "Items, oldest first")
    @APIResponse(responseCode = "403", description = "Outside the caller's governorate")
    @APIResponse(responseCode = "404", description = "No such case")
    public Page<EvidenceItemView> list(@PathParam("id") UUID id) {
        return Page.whole(evidence.list(id));
    }

    @POST
    @RolesAllowed(Roles.INVESTIGATOR)
    @Operation(summary = "Register an item (seized device, extraction) with the SHA-256 taken by forensic tools",
            description = "Roles: investigator of the case's governorate.")
    @APIResponse(responseCode = "201", description = "Registered, with a RECEIVED custody entry; Location names the item",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvidenceItemView.class)))
    @APIResponse(responseCode = "400", description = "Invalid item")
    @APIResponse(responseCode = "403", description = "Outside the caller's governorate")
    @APIResponse(responseCode = "404", description = "No such case")
    @APIResponse(responseCode = "409", description = "The case is closed")
    public RestResponse<EvidenceItemView> register(@PathParam("id") UUID id, @NotNull @Valid EvidenceItemInput item) {
        return created(id, evidence.register(id, item));
    }

    @POST
    @Path("/files")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.INVESTIGATOR)
    @Operation(summary = "Upload an extracted file as the raw body; its SHA-256 is computed on arrival",
            description = "Roles: investigator of the case's governorate.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "Stored, with its hash; Location names the item",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvidenceItemView.class)))
    @APIResponse(responseCode = "400", description = "Missing file name or empty file")
    @APIResponse(responseCode = "403", description = "Outside the caller's governorate")
    @APIResponse(responseCode = "404", description = "No such case")
    @APIResponse(responseCode = "409", description = "The case is closed")
    @APIResponse(responseCode = "408", description = "Sent too slowly (under sanad.evidence-store.upload-min-rate on average) or for too long: cut off, nothing kept")
    @APIResponse(responseCode = "413", description = "Larger than the configured limit")
    @APIResponse(responseCode = "415", description = "The Content-Type is not a media type")
    @APIResponse(responseCode = "507", description = "The evidence store is at its configured size (storage-full): nothing kept")
    public RestResponse<EvidenceItemView> upload(@PathParam("id") UUID id,
            @QueryParam("fileName") @Size(max = 255) String fileName,
            @QueryParam("description") @Size(max = 1000) String description,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        return created(id, evidence.upload(id, fileName, contentType, description, body));
    }

    @GET
    @Path("/{itemId}")
    @RolesAllowed({ Roles.INVESTIGATOR, Roles.SUPERVISOR })
    @Operation(summary = "One evidence item with its recorded hash", description = "Roles: investigator, supervisor (governorate).")
    @APIResponse(responseCode = "200", description = "The item")
    @APIResponse(responseCode = "403", description = "Outside the caller's governorate")
    @APIResponse(responseCode = "404", description = "No such case or item")
    public EvidenceItemView read(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId) {
        return evidence.read(id, itemId);
    }

    @GET
    @Path("/{itemId}/custody")
    @RolesAllowed({ Roles.INVESTIGATOR, Roles.SUPERVISOR })
    @Operation(summary = "An item's chain of custody", description = "Roles: investigator, supervisor (governorate).")
    @APIResponse(responseCode = "200", description = "Custody entries, oldest first")
    @APIResponse(responseCode = "403", description = "Outside the caller's governorate")
    @APIResponse(responseCode = "404", description = "No such case or item")
    public Page<CustodyView> custody(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId) {
        return Page.whole(evidence.custodyLog(id, itemId));
    }

    @POST
    @Path("/{itemId}/custody")
    @RolesAllowed(Roles.INVESTIGATOR)
    @Operation(summary = "Record a custody step: transferred, examined, sealed, released",
            description = "Roles: investigator of the case's governorate. An observed hash is compared with the recorded one.")
    @APIResponse(responseCode = "201", description = "Recorded; Location is the item's custody log",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustodyView.class)))
    @APIResponse(responseCode = "400", description = "Invalid step")
    @APIResponse(responseCode = "403", description = "Outside the caller's governorate")
    @APIResponse(responseCode = "404", description = "No such case or item")
    public RestResponse<CustodyView> addCustody(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId,
            @NotNull @Valid CustodyInput step) {
        return ResponseBuilder.<CustodyView> created(URI.create("/cases/" + id + "/evidence/" + itemId + "/custody"))
                .entity(evidence.addCustodyStep(id, itemId, step)).build();
    }

    @POST
    @Path("/{itemId}/verification")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.INVESTIGATOR)
    @Operation(summary = "Re-verify an item's SHA-256 against the bytes",
            description = "Roles: investigator of the case's governorate. Complaint evidence is fetched from "
                    + "complaints-service with the caller's token. Every check is a custody entry; a mismatch answers 409.")
    @APIResponse(responseCode = "200", description = "The hash still matches")
    @APIResponse(responseCode = "400", description = "No bytes held and no observed hash given")
    @APIResponse(responseCode = "403", description = "Outside the caller's governorate")
    @APIResponse(responseCode = "404", description = "No such case or item")
    @APIResponse(responseCode = "409", description = "INTEGRITY FAILURE: the bytes no longer match the recorded hash")
    @APIResponse(responseCode = "410", description = "The file's bytes were purged at the end of their retention period")
    @APIResponse(responseCode = "503", description = "complaints-service could not be reached")
    public VerificationResult verify(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId,
            @Parameter(description = "Where the check is made") @QueryParam("location") @Size(max = 300) String location,
            @Parameter(description = "For items whose bytes the suite does not hold (devices): the hash just taken")
            @QueryParam("observedSha256") @Pattern(regexp = "[0-9a-f]{64}", message = "{sanad.sha256}") String observedSha256) {
        return verification.verify(id, itemId, location, observedSha256);
    }

    private static RestResponse<EvidenceItemView> created(UUID caseId, EvidenceItemView item) {
        return ResponseBuilder.<EvidenceItemView> created(URI.create("/cases/" + caseId + "/evidence/" + item.id()))
                .entity(item).build();
    }
}
