package org.sanad.core.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.sanad.core.hashing.Sha256;

/**
 * A document served as bytes made once (configuration data: it changes only at a restart), with
 * its strong ETag, the SHA-256 of those bytes. A client revalidates with {@code If-None-Match} for
 * a 304.
 */
public record CachedDocument(byte[] body, String etag) {

    public static CachedDocument of(byte[] body) {
        return new CachedDocument(body, "\"" + Sha256.of(body) + "\"");
    }

    /** 200 with the body, or 304 when {@code ifNoneMatch} names this copy; both with the ETag and {@code cacheControl}. */
    public Response answer(String ifNoneMatch, String cacheControl) {
        return answer(ifNoneMatch, cacheControl, MediaType.APPLICATION_JSON);
    }

    /**
     * The same, for a body of another JSON media type ({@code application/jwk-set+json}). Only
     * {@code If-None-Match} is read: a stray {@code If-Match} on such a read is no 412.
     */
    public Response answer(String ifNoneMatch, String cacheControl, String mediaType) {
        Response.ResponseBuilder answer = namedBy(ifNoneMatch) ? Response.notModified()
                : Response.ok(body, mediaType);
        return answer.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, cacheControl).build();
    }

    /**
     * Whether {@code If-None-Match} names this copy: {@code *}, or a list of entity tags compared
     * weakly, as RFC 9110 §13.1.2 asks. Anything else, however malformed, names another copy.
     */
    public boolean namedBy(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
