package org.sanad.referrals.rest;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
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
import org.sanad.core.http.CachedDocument;
import org.sanad.kernel.security.Roles;
import org.sanad.referrals.api.Court;
import org.sanad.referrals.api.Statute;
import org.sanad.referrals.rules.Catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The courts and statutes: configuration data, the same for every caller and changed only by a
 * redeploy, so each is a plain JSON array made once, with a strong ETag (the SHA-256 of its bytes)
 * and cacheable for {@value #CACHE_CONTROL}: {@code private}, because only signed-in callers may
 * read it. A client revalidates with {@code If-None-Match} for a 304.
 */
@Path("/")
@Tag(name = "Catalogue", description = "Courts and statutes (configuration data)")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    static final String CACHE_CONTROL = "private, max-age=300";

    @Inject
    Catalogue catalogue;

    @Inject
    ObjectMapper json;

    private CachedDocument courts;
    private CachedDocument statutes;

    @PostConstruct
    void publish() throws JsonProcessingException {
        courts = CachedDocument.of(json.writeValueAsBytes(catalogue.courts()));
        statutes = CachedDocument.of(json.writeValueAsBytes(catalogue.statutes()));
    }

    @GET
    @Path("courts")
    @RolesAllowed({ Roles.PROSECUTOR, Roles.COURT_SYSTEM })
    @Operation(summary = "The courts referrals may be addressed to",
            description = "Roles: prosecutor, court-system. A plain array of all courts; cacheable for five minutes "
                    + "(Cache-Control: private, max-age=300); revalidate with If-None-Match for a 304.")
    @APIResponse(responseCode = "200", description = "All courts of the catalogue; its strong ETag is the SHA-256 of its bytes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Court.class)),
            headers = {
                    @Header(name = HttpHeaders.ETAG, description = "Strong entity tag of the list's content",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = CACHE_CONTROL,
                            schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag; no body")
    public Response courts(@Parameter(description = "The ETag of a copy held; answered 304 while it is current")
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return courts.answer(ifNoneMatch, CACHE_CONTROL);
    }

    @GET
    @Path("statutes")
    @RolesAllowed({ Roles.PROSECUTOR, Roles.COURT_SYSTEM })
    @Operation(summary = "The statute articles charges may cite, with their source",
            description = "Roles: prosecutor, court-system. A plain array of all statutes; cacheable for five minutes "
                    + "(Cache-Control: private, max-age=300); revalidate with If-None-Match for a 304.")
    @APIResponse(responseCode = "200", description = "All statutes of the catalogue; its strong ETag is the SHA-256 of its bytes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = Statute.class)),
            headers = {
                    @Header(name = HttpHeaders.ETAG, description = "Strong entity tag of the list's content",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = CACHE_CONTROL,
                            schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag; no body")
    public Response statutes(@Parameter(description = "The ETag of a copy held; answered 304 while it is current")
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return statutes.answer(ifNoneMatch, CACHE_CONTROL);
    }
}
