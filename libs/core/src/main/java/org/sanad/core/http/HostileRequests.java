package org.sanad.core.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.sanad.core.problem.Messages;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemResponses;
import org.sanad.core.problem.ProblemType;

import io.quarkus.security.AuthenticationFailedException;

/**
 * Requests refused before any resource sees them:
 * <ul>
 * <li>a path or query carrying a NUL character ({@code %00}): PostgreSQL cannot store or compare
 * one, and no identifier, search or tracking number of the suite contains one;</li>
 * <li>a bearer token that is no JWT: 401, audited;</li>
 * <li>a JSON body larger than {@code sanad.http.max-json-bytes} (1 MiB: a complaint is a few
 * kilobytes), by its Content-Length before it is parsed, or while it is read when it comes
 * chunked. Evidence files are raw bodies with their own, larger limits.</li>
 * </ul>
 */
@Provider
public class HostileRequests implements ReaderInterceptor {

    private static final String BEARER = "Bearer ";
    private static final Pattern JWS = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

    @ConfigProperty(name = "sanad.http.max-json-bytes", defaultValue = "1048576")
    long maxJsonBytes;

    @ServerRequestFilter(preMatching = true)
    public Response refuseNul(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        String raw = uri.getRawPath() + "?" + uri.getRawQuery();
        if (!raw.contains("%00") && raw.indexOf('\u0000') < 0) {
            return null;
        }
        Locale locale = Messages.choose(request::getAcceptableLanguages);
        return ProblemResponses.of(ProblemType.MALFORMED_REQUEST, locale, null,
                Messages.text(locale, "request.nul-character"), List.of());
    }

    /**
     * A bearer token of the suite is a JWT: three base64url parts. Anything else (such as {@code ..})
     * is refused as unauthenticated, and audited so, here, before the OIDC extension's parser
     * fails on it with an exception of its own.
     */
    @ServerRequestFilter(preMatching = true)
    public void refuseMalformedBearer(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                && !JWS.matcher(authorization.substring(BEARER.length()).strip()).matches()) {
            throw new AuthenticationFailedException("a bearer token that is no JWT");
        }
    }

    @ServerRequestFilter(preMatching = true)
    public Response refuseLargeJson(ContainerRequestContext request) {
        if (!isJson(mediaType(request).orElse(null)) || request.getLength() <= maxJsonBytes) {
            return null;
        }
        Locale locale = Messages.choose(request::getAcceptableLanguages);
        return ProblemResponses.of(ProblemType.PAYLOAD_TOO_LARGE, locale, null,
                Messages.text(locale, "body.too-large", maxJsonBytes), List.of());
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (isJson(context.getMediaType())) {
            context.setInputStream(new Bounded(context.getInputStream(), maxJsonBytes));
        }
        return context.proceed();
    }

    /**
     * The body's media type; none when there is no Content-Type or it does not parse (the parser
     * throws). {@link MalformedHeaders} refuses such a header before this runs; this only keeps the
     * check from failing if it ever does not.
     */
    private static Optional<MediaType> mediaType(ContainerRequestContext request) {
        try {
            return Optional.ofNullable(request.getMediaType());
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private static boolean isJson(MediaType type) {
        return type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
    }

    /** Stops reading past the limit: the body is refused (413) rather than parsed whole. */
    private static final class Bounded extends FilterInputStream {

        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "body.too-large", limit);
            }
        }
    }
}
