package org.sanad.referrals.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.referrals.api.SigningKeySet;
import org.sanad.referrals.signing.ReferralSigning;

/**
 * The public keys referral versions are signed with. Public ({@link PermitAll}): a court, a judge's
 * clerk or anyone handed a printed referral verifies it without an account; the keys are public by
 * nature. Cached for five minutes ({@value #CACHE_CONTROL}): after a rotation a new version names
 * a key a cached copy may not have yet, and a verifier that meets an unknown kid fetches again.
 */
@Path("/court/jwks")
@Tag(name = "Court integration", description = "Court systems pull their referrals and reply")
public class SigningKeysResource {

    public static final String MEDIA_TYPE = "application/jwk-set+json";

    static final String CACHE_CONTROL = "public, max-age=300";

    @Inject
    ReferralSigning signing;

    @GET
    @PermitAll
    @Produces(MEDIA_TYPE)
    @Operation(summary = "The keys referral versions are signed with (JWKS)",
            description = "Open to anyone, without a token. The current key first, then the retired keys that signed "
                    + "older versions; each key's kid is its RFC 7638 thumbprint. Cacheable for five minutes "
                    + "(Cache-Control: public, max-age=300); revalidate with If-None-Match for a 304; on a kid not in a "
                    + "cached copy, fetch again. See docs/referral-signatures.md.")
    @APIResponse(responseCode = "200", description = "The JWK Set; its strong ETag is the SHA-256 of its bytes",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(implementation = SigningKeySet.class)),
            headers = {
                    @Header(name = HttpHeaders.ETAG, description = "Strong entity tag of the key set",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = HttpHeaders.CACHE_CONTROL, description = CACHE_CONTROL,
                            schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag; no body")
    public Response jwks(@Parameter(description = "The ETag of a copy held; answered 304 while it is current")
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return signing.published().answer(ifNoneMatch, CACHE_CONTROL, MEDIA_TYPE);
    }
}
