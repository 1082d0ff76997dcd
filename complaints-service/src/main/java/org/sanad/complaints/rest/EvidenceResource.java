package org.sanad.complaints.rest;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import org.sanad.core.http.EvidenceDownloads;
import org.sanad.core.openapi.EvidenceBytesResponses;
import org.sanad.core.paging.Page;
import org.sanad.kernel.security.Roles;
import org.sanad.complaints.api.CustodyEventView;
import org.sanad.complaints.api.EvidenceView;
import org.sanad.complaints.service.EvidenceService;

@Path("/complaints/{id}/evidence")
@Tag(name = "Evidence", description = "Evidence files, their SHA-256 and chain of custody")
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceResource {

    /** RFC 9530: the SHA-256 of the representation, base64 between colons. */

    @Inject
    EvidenceService evidence;

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Roles.CITIZEN, Roles.INTAKE_OFFICER })
    @Operation(summary = "Upload an evidence file as the raw request body",
            description = "Roles: citizen (own complaints), intake-officer (their governorate). The Content-Type must "
                    + "be an allowed type; the SHA-256 is computed while the bytes stream in and returned.")
    // the contract lists intake's allow-list here (EvidenceMediaTypesFilter)
    @RequestBody(required = true, content = @Content(mediaType = EvidenceMediaTypesFilter.ANY,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "Stored; the body carries the SHA-256",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvidenceView.class)))
    @APIResponse(responseCode = "400", description = "Missing file name or empty file")
    @APIResponse(responseCode = "403", description = "Outside the officer's governorate")
    @APIResponse(responseCode = "404", description = "No such complaint (or not the citizen's)")
    @APIResponse(responseCode = "408", description = "Sent too slowly (under sanad.evidence-store.upload-min-rate on average) or for too long: cut off, nothing kept")
    @APIResponse(responseCode = "409", description = "The complaint is closed, or holds as many files or bytes as a complaint may")
    @APIResponse(responseCode = "413", description = "Larger than the configured limit, or than the room left in the complaint's quota")
    @APIResponse(responseCode = "415", description = "Content type not allowed or not a media type, or bytes not of that type")
    @APIResponse(responseCode = "507", description = "The evidence store is at its configured size (storage-full): nothing kept")
    public RestResponse<EvidenceView> upload(@PathParam("id") UUID complaintId,
            @Parameter(description = "The file's name", required = true) @QueryParam("fileName") String fileName,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        EvidenceView stored = evidence.upload(complaintId, fileName, contentType, body);
        return ResponseBuilder.<EvidenceView> created(
                URI.create("/complaints/" + complaintId + "/evidence/" + stored.id() + "/content"))
                .entity(stored)
                .build();
    }

    @GET
    @RolesAllowed({ Roles.CITIZEN, Roles.INTAKE_OFFICER, Roles.SUPERVISOR, Roles.INVESTIGATOR })
    @Operation(summary = "List a complaint's evidence with hashes",
            description = "Roles: citizen (own complaints), intake-officer, supervisor, investigator (their governorate).")
    @APIResponse(responseCode = "200", description = "The evidence, oldest first")
    @APIResponse(responseCode = "403", description = "Outside the officer's governorate")
    @APIResponse(responseCode = "404", description = "No such complaint (or not the citizen's)")
    public Page<EvidenceView> list(@PathParam("id") UUID complaintId) {
        return Page.whole(evidence.list(complaintId));
    }

    @GET
    @Path("/{evidenceId}/content")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({ Roles.INTAKE_OFFICER, Roles.SUPERVISOR, Roles.INVESTIGATOR, Roles.SERVICE_CLIENT })
    @Operation(summary = "Download an evidence file, checked against its SHA-256 first (audited, custody-logged)",
            description = "Roles: intake-officer, supervisor, investigator of the complaint's governorate; "
                    + "service-client, only the clients named in intake.evidence-clients (cases-service releasing "
                    + "an item to a court) and only once the complaint is accepted.")
    @APIResponse(responseCode = "200", description = "The bytes as received",
            extensions = @Extension(name = EvidenceBytesResponses.MARK, value = "true"))
    @APIResponse(responseCode = "403", description = "Outside the officer's governorate")
    @APIResponse(responseCode = "404", description = "No such complaint or evidence")
    @APIResponse(responseCode = "409", description = "The stored bytes no longer match their hash (integrity-failure): not served")
    @APIResponse(responseCode = "410", description = "The bytes were purged at the end of their retention period (evidence-purged)")
    public Response download(@PathParam("id") UUID complaintId, @PathParam("evidenceId") UUID evidenceId) {
        EvidenceService.Download download = evidence.download(complaintId, evidenceId);
        return EvidenceDownloads.attachment(out -> evidence.stream(download, out), download.object().size(),
                download.evidence().contentType(), download.evidence().fileName(), download.evidence().sha256());
    }

    @GET
    @Path("/{evidenceId}/custody")
    @RolesAllowed({ Roles.INTAKE_OFFICER, Roles.SUPERVISOR, Roles.INVESTIGATOR })
    @Operation(summary = "The chain of custody of an evidence file",
            description = "Roles: intake-officer, supervisor, investigator of the complaint's governorate.")
    @APIResponse(responseCode = "200", description = "Custody events, oldest first")
    @APIResponse(responseCode = "403", description = "Outside the officer's governorate")
    @APIResponse(responseCode = "404", description = "No such complaint or evidence")
    public Page<CustodyEventView> custody(@PathParam("id") UUID complaintId, @PathParam("evidenceId") UUID evidenceId) {
        return Page.whole(evidence.custodyLog(complaintId, evidenceId));
    }
}
