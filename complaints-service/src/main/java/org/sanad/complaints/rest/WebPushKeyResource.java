package org.sanad.complaints.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.complaints.api.WebPushKey;
import org.sanad.complaints.push.WebPushSender;

/**
 * The key a browser subscribes to this service's Web Push with. Public ({@link PermitAll}): an
 * anonymous filer subscribes too, and the key is the same for everyone and secret to no one (the
 * push services see it in every message). Cached for an hour like the reference data
 * ({@value #CACHE_CONTROL}): it changes only when the key pair is rotated, which invalidates every
 * subscription anyway (docs/notifications/web-push.md).
 */
@Path("/notifications/web-push-key")
@Tag(name = "Notifications", description = "How a victim is told of their complaint's progress")
public class WebPushKeyResource {

    static final String CACHE_CONTROL = "public, max-age=3600";

    @Inject
    WebPushSender webPush;

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The application server key to subscribe a browser to Web Push with",
            description = "Open to anyone, without a token. Cacheable for an hour (Cache-Control: public, max-age=3600). "
                    + "404 when this deployment does not offer Web Push: the portal then offers the other channels.")
    @APIResponse(responseCode = "200", description = "The key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebPushKey.class)),
            headers = @Header(name = HttpHeaders.CACHE_CONTROL, description = CACHE_CONTROL,
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "Web Push is not offered (push.enabled is false)")
    public Response read() {
        return Response.ok(new WebPushKey(webPush.applicationServerKey()))
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
    }
}
