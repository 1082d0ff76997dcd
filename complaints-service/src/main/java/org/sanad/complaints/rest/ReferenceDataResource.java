package org.sanad.complaints.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.complaints.api.ReferenceData;
import org.sanad.complaints.service.ReferenceDataService;

/**
 * The jurisdiction's reference data, for the citizen portal, the mobile app and the officer
 * console alike. Public ({@link PermitAll}): a victim needs the regions, the labels and the upload
 * limits before deciding whether to log in or to file anonymously, so the document cannot wait for
 * a login. It is the same for every caller, so credentials are dropped before anything reads them
 * ({@link AnonymousRoutes}), as on the anonymous routes: a valid token is accepted and ignored, an
 * expired one does not turn a public read into a 401.
 * <p>
 * Cached for an hour ({@value #CACHE_CONTROL}): the document changes only when the service is
 * redeployed with other configuration, and a frontend that must know at once revalidates with
 * {@code If-None-Match} for the price of a 304. {@code public}, because a shared cache may hand
 * the same bytes to everyone even when the request carried a token. No {@code Vary}: every
 * language of the jurisdiction is in the one document, whatever {@code Accept-Language} says.
 */
@Path("/reference-data")
@Tag(name = "Reference data", description = "The jurisdiction's regions, labels, limits, phone numbering and currency")
public class ReferenceDataResource {

    static final String CACHE_CONTROL = "public, max-age=3600";

    @Inject
    ReferenceDataService referenceData;

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The jurisdiction's reference data: regions, enum labels, evidence limits, phone numbering, currency",
            description = "Open to anyone, without a token: a victim needs it before deciding to log in or to file "
                    + "anonymously. A token sent is ignored, even an expired one. One document holds every language "
                    + "of the jurisdiction (Arabic and English; Kurdish in Iraq, French in Morocco). Cacheable for an "
                    + "hour (Cache-Control: public, max-age=3600); revalidate with If-None-Match for a 304.")
    @APIResponse(responseCode = "200", description = "The document; its strong ETag is the SHA-256 of its bytes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferenceData.class)),
            headers = {
                    @Header(name = HttpHeaders.ETAG, description = "Strong entity tag of the document's content",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = CACHE_CONTROL,
                            schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag; no body")
    public Response read(@Parameter(description = "The ETag of a copy held; answered 304 while it is current")
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return referenceData.current().answer(ifNoneMatch, CACHE_CONTROL);
    }
}
