package org.sanad.core.http;

import jakarta.ws.rs.core.EntityTag;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;

/**
 * Optimistic concurrency over HTTP: a record's version travels as a strong {@code ETag} and
 * comes back in {@code If-Match}. A change without {@code If-Match} is refused (428), a change
 * against an older version too (412).
 */
public final class Versions {

    public static final String IF_MATCH = "If-Match";

    private Versions() {
    }

    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** A record's view with its version as the {@code ETag}, for the next change's {@code If-Match}. */
    public static <V extends Versioned> RestResponse<V> ok(V view) {
        return ResponseBuilder.ok(view).tag(tag(view.version())).build();
    }

    /** The version the client last saw, from its {@code If-Match} header. */
    public static long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "problem.version-required.detail");
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "problem.stale-version.detail");
        }
    }

    /** Refuses the change when the stored version is not the one the client saw. */
    public static void check(long expected, long current) {
        if (expected != current) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "problem.stale-version.detail");
        }
    }
}
