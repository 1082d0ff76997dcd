package org.sanad.idempotency;

import java.net.URI;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * An answer as it was first sent, to send again: its status, its {@code Location} and {@code ETag},
 * and its body as the bytes written (JSON, so kept as text).
 */
public record StoredAnswer(int status, String location, String etag, String contentType, String body) {

    /** Says that the answer is a replay of the first one, not a new effect. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    Response replay() {
        Response.ResponseBuilder response = Response.status(status).header(REPLAYED_HEADER, "true");
        if (location != null) {
            response.location(URI.create(location));
        }
        if (etag != null) {
            response.header(HttpHeaders.ETAG, etag);
        }
        if (body != null) {
            response.entity(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).type(contentType);
        }
        return response.build();
    }
}
