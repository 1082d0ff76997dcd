package org.sanad.complaints.rest;

import java.io.InputStream;
import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import org.sanad.core.http.Versions;
import org.sanad.idempotency.IdempotencyKeyDocs;
import org.sanad.idempotency.Idempotent;
import org.sanad.complaints.api.EvidenceView;
import org.sanad.complaints.api.FiledComplaint;
import org.sanad.complaints.api.NewComplaint;
import org.sanad.complaints.api.SupplementInput;
import org.sanad.complaints.api.TrackingView;
import org.sanad.complaints.api.WithdrawalInput;
import org.sanad.complaints.service.ComplaintService;
import org.sanad.complaints.service.ReferenceDataService;
import org.sanad.complaints.service.EvidenceService;
import org.sanad.complaints.service.TrackingService;

import io.vertx.core.http.HttpServerRequest;

/**
 * Anonymous filing and follow-up. No token is needed: the tracking number and the secret handed
 * out at filing are the credentials, checked on every call.
 */
@Path("/")
@Tag(name = "Anonymous", description = "Filing without an account, and following up with tracking number and secret")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrackingResource {

    public static final String SECRET_HEADER = "X-Tracking-Secret";

    @Inject
    ComplaintService complaints;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    TrackingService tracking;

    @Inject
    EvidenceService evidence;

    @Inject
    AnonymousRateLimits limits;

    @POST
    @Path("anonymous-complaints")
    @PermitAll
    @AnonymousRoute(AnonymousRoute.Use.FILING)
    @Idempotent(Idempotent.Scope.ROUTE)
    @Extension(name = IdempotencyKeyDocs.MARK, value = "true")
    @APIResponse(responseCode = "429", description = "Too many requests from this source, or from everyone; see Retry-After")
    @Operation(summary = "File a complaint without revealing who files it",
            description = "Open to anyone. The answer holds the tracking number and a secret shown only once. With an "
                    + "Idempotency-Key (a random one: the key and the same body are all a replay needs), a retry after a "
                    + "lost answer is answered the same tracking number and secret and files nothing.")
    @APIResponse(responseCode = "201", description = "Filed; keep the tracking number and the secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FiledComplaint.class)))
    @APIResponse(responseCode = "400", description = "Invalid or malformed complaint")
    public RestResponse<FiledComplaint> file(@NotNull @Valid NewComplaint complaint, @Context HttpHeaders headers) {
        FiledComplaint filed = complaints.fileAnonymously(complaint, referenceData.languageFor(headers::getAcceptableLanguages));
        return ResponseBuilder.<FiledComplaint> created(URI.create("/tracking/" + filed.trackingNumber()))
                .entity(filed)
                .tag(Versions.tag(filed.complaint().version()))
                .build();
    }

    @GET
    @AnonymousRoute(AnonymousRoute.Use.TRACKING)
    @Path("tracking/{trackingNumber}")
    @PermitAll
    @APIResponse(responseCode = "429", description = "Too many requests from this source, or from everyone; see Retry-After")
    @Operation(summary = "Follow an anonymous complaint: status, questions, history, evidence hashes",
            description = "Open to anyone holding the tracking number and its secret (header X-Tracking-Secret).")
    @APIResponse(responseCode = "200", description = "The complaint's status; its version is in the ETag")
    @APIResponse(responseCode = "404", description = "Unknown tracking number or wrong secret")
    public RestResponse<TrackingView> track(@PathParam("trackingNumber") @Size(max = 32) String trackingNumber,
            @Parameter(required = true) @HeaderParam(SECRET_HEADER) @Size(max = 64) String secret) {
        return Versions.ok(tracking.track(trackingNumber, secret));
    }

    @POST
    @AnonymousRoute(AnonymousRoute.Use.TRACKING)
    @Path("tracking/{trackingNumber}/supplements")
    @PermitAll
    @APIResponse(responseCode = "429", description = "Too many requests from this source, or from everyone; see Retry-After")
    @Operation(summary = "Add information to an anonymous complaint",
            description = "Open to the holder of tracking number and secret. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The complaint's new status")
    @APIResponse(responseCode = "400", description = "Empty or invalid supplement")
    @APIResponse(responseCode = "404", description = "Unknown tracking number or wrong secret")
    @APIResponse(responseCode = "409", description = "The complaint is closed")
    @APIResponse(responseCode = "412", description = "The complaint changed since the given ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<TrackingView> supplement(@PathParam("trackingNumber") @Size(max = 32) String trackingNumber,
            @Parameter(required = true) @HeaderParam(SECRET_HEADER) @Size(max = 64) String secret,
            @HeaderParam(Versions.IF_MATCH) String ifMatch, @NotNull @Valid SupplementInput supplement) {
        return Versions.ok(tracking.supplement(trackingNumber, secret, Versions.expected(ifMatch), supplement));
    }

    @POST
    @AnonymousRoute(AnonymousRoute.Use.TRACKING)
    @Path("tracking/{trackingNumber}/withdrawal")
    @PermitAll
    @APIResponse(responseCode = "429", description = "Too many requests from this source, or from everyone; see Retry-After")
    @Operation(summary = "Withdraw an anonymous complaint that is not yet decided",
            description = "Open to the holder of tracking number and secret. Requires If-Match. Never for a minor victim.")
    @APIResponse(responseCode = "200", description = "The withdrawn complaint's status")
    @APIResponse(responseCode = "404", description = "Unknown tracking number or wrong secret")
    @APIResponse(responseCode = "409", description = "Already decided, or the victim is a minor")
    @APIResponse(responseCode = "412", description = "The complaint changed since the given ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public RestResponse<TrackingView> withdraw(@PathParam("trackingNumber") @Size(max = 32) String trackingNumber,
            @Parameter(required = true) @HeaderParam(SECRET_HEADER) @Size(max = 64) String secret,
            @HeaderParam(Versions.IF_MATCH) String ifMatch, @Valid WithdrawalInput withdrawal) {
        return Versions.ok(tracking.withdraw(trackingNumber, secret, Versions.expected(ifMatch), withdrawal));
    }

    @POST
    @AnonymousRoute(AnonymousRoute.Use.EVIDENCE)
    @Path("tracking/{trackingNumber}/evidence")
    @PermitAll
    @APIResponse(responseCode = "429", description = "Too many requests from this source, or from everyone, or this source's "
            + "evidence bytes for the day are used up; see Retry-After")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload evidence to an anonymous complaint as the raw request body",
            description = "Open to the holder of tracking number and secret.")
    // the contract lists intake's allow-list here (EvidenceMediaTypesFilter)
    @RequestBody(required = true, content = @Content(mediaType = EvidenceMediaTypesFilter.ANY,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "Stored; the body carries the SHA-256; Location is the tracking view listing it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvidenceView.class)))
    @APIResponse(responseCode = "400", description = "Missing file name or empty file")
    @APIResponse(responseCode = "404", description = "Unknown tracking number or wrong secret")
    @APIResponse(responseCode = "408", description = "Sent too slowly (under sanad.evidence-store.upload-min-rate on average) or for too long: cut off, nothing kept")
    @APIResponse(responseCode = "409", description = "The complaint is closed, or holds as many files or bytes as a complaint may")
    @APIResponse(responseCode = "413", description = "Larger than the configured limit, or than the room left in the complaint's or this source's quota")
    @APIResponse(responseCode = "415", description = "Content type not allowed or not a media type, or bytes not of that type")
    @APIResponse(responseCode = "507", description = "The evidence store is at its configured size (storage-full): nothing kept")
    public RestResponse<EvidenceView> upload(@PathParam("trackingNumber") @Size(max = 32) String trackingNumber,
            @Parameter(required = true) @HeaderParam(SECRET_HEADER) @Size(max = 64) String secret,
            @Parameter(description = "The file's name", required = true) @QueryParam("fileName") String fileName,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body, @Context HttpServerRequest http) {
        // the source's daily evidence bytes: reserved before the bytes stream, what they did not use given back
        long reserved = limits.reserveUploadBytes(http);
        EvidenceView stored;
        try {
            stored = evidence.uploadAnonymously(trackingNumber, secret, fileName, contentType, body, reserved);
        } catch (RuntimeException e) {
            limits.returnUploadBytes(http, reserved);
            throw e;
        }
        limits.returnUploadBytes(http, reserved - stored.sizeBytes());
        return ResponseBuilder.<EvidenceView> created(UriBuilder.fromPath("/tracking/{number}").build(trackingNumber)).entity(stored).build();
    }
}
