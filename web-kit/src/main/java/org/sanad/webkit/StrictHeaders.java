package org.sanad.webkit;

import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;

/**
 * The headers every answer of a Sanad web app carries (the citizen portal, the officer console).
 * A victim's phone or a police station's computer may be shared or seized: nothing is cached but
 * the fingerprinted bundle (whose name changes with its content), no page may be framed, no script
 * runs but the bundle from the app's own origin, and the page connects only to its own origin and
 * the origins it is given (the APIs and the login).
 */
public final class StrictHeaders {

    /** Bundled files: their names carry their content's hash (the apps' build.mjs). */
    public static final String ASSETS = "/assets/";

    private StrictHeaders() {
    }

    /** The policy: this origin's scripts and styles only, connections to this origin and {@code connectTo}. */
    public static String contentSecurityPolicy(Collection<URI> connectTo) {
        Set<String> connect = new LinkedHashSet<>();
        connect.add("'self'");
        for (URI uri : connectTo) {
            connect.add(origin(uri));
        }
        return String.join("; ",
                "default-src 'none'",
                "script-src 'self'",
                "style-src 'self'",
                "img-src 'self' data: blob:",
                "font-src 'self'",
                "connect-src " + String.join(" ", connect),
                "manifest-src 'self'",
                "base-uri 'none'",
                "form-action 'self'",
                "frame-ancestors 'none'",
                "object-src 'none'");
    }

    static String origin(URI uri) {
        int port = uri.getPort();
        return uri.getScheme() + "://" + uri.getHost() + (port == -1 ? "" : ":" + port);
    }

    /** Sends the headers, with {@code policy}, on every answer (and HSTS when the app is served over HTTPS). */
    public static void register(Filters filters, String policy, boolean hsts) {
        filters.register(context -> {
            String path = context.normalizedPath();
            context.addHeadersEndHandler(ignored -> {
                MultiMap headers = context.response().headers();
                headers.set("Content-Security-Policy", policy);
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("X-Frame-Options", "DENY");
                headers.set("Referrer-Policy", "no-referrer");
                headers.set("Cross-Origin-Opener-Policy", "same-origin");
                headers.set("Cross-Origin-Resource-Policy", "same-origin");
                headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
                headers.set("Cache-Control", path.startsWith(ASSETS) && context.response().getStatusCode() == 200
                        ? "public, max-age=31536000, immutable"
                        : "no-store");
                if (hsts) {
                    headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
                }
            });
            context.next();
        }, 100);
    }
}
