package org.sanad.core.http;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sanad.core.problem.ProblemType;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The HTTP layer's own size limits, answered as problems. Vert.x refuses a request line or headers
 * past its limits with a bare status and no body; the suite's limits sit below Vert.x's (which
 * sanad-core raises to 64 KiB in {@code META-INF/microprofile-config.properties}), so a request
 * over them is answered here, before anything else reads it, as {@code application/problem+json}
 * in the client's language:
 * <ul>
 * <li>a path and query longer than {@code sanad.http.max-uri-length} (8 KiB) → 414;</li>
 * <li>headers larger than {@code sanad.http.max-header-bytes} (16 KiB, a signed token is 1–3 KiB) → 431;</li>
 * <li>a Content-Length over {@code quarkus.http.limits.max-body-size} → 413.</li>
 * </ul>
 * Only a request past Vert.x's own 64 KiB cannot be parsed far enough to be answered this way; the
 * ingress refuses those long before (the README says what it must cap).
 */
@ApplicationScoped
public class HttpLimits {

    /** Runs before every other route, the anonymous routes' credential dropping included. */
    public static final int ORDER = Integer.MIN_VALUE;

    @ConfigProperty(name = "sanad.http.max-uri-length", defaultValue = "8192")
    int maxUriLength;

    @ConfigProperty(name = "sanad.http.max-header-bytes", defaultValue = "16384")
    int maxHeaderBytes;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        if (context.request().uri().length() > maxUriLength) {
            refuse(context, ProblemType.URI_TOO_LONG, false);
        } else if (headerBytes(context) > maxHeaderBytes) {
            refuse(context, ProblemType.HEADERS_TOO_LARGE, true);
        } else if (declaredLength(context) > maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE)) {
            refuse(context, ProblemType.PAYLOAD_TOO_LARGE, true);
        } else {
            context.next();
        }
    }

    private static long headerBytes(RoutingContext context) {
        long bytes = 0;
        for (Map.Entry<String, String> header : context.request().headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    private static long declaredLength(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException notANumber) {
            return -1; // Vert.x has already refused a malformed Content-Length
        }
    }

    private void refuse(RoutingContext context, ProblemType type, boolean withInstance) {
        RouterProblems.answer(context, json, type, type.detailKey(), withInstance);
    }
}
