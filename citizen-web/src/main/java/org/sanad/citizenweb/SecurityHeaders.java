package org.sanad.citizenweb;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;

/**
 * The headers every answer of the portal carries. A victim's phone may be shared, seized or looked
 * at by the extortionist: nothing the portal serves is cached but the fingerprinted bundle (whose
 * name changes with its content), no page may be framed, no script runs but the bundle from this
 * origin, and the page connects only to this origin, the API and the login.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** Bundled files: their names carry their content's hash (build.mjs). */
    static final String ASSETS = "/assets/";

    private final String contentSecurityPolicy;
    private final boolean hsts;

    SecurityHeaders(PortalSettings settings) {
        this.contentSecurityPolicy = contentSecurityPolicy(settings);
        this.hsts = settings.hsts();
    }

    static String contentSecurityPolicy(PortalSettings settings) {
        Set<String> connect = new LinkedHashSet<>();
        connect.add("'self'");
        connect.add(origin(settings.complaintsApi()));
        connect.add(origin(settings.oidcIssuer()));
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

    private static String origin(URI uri) {
        int port = uri.getPort();
        return uri.getScheme() + "://" + uri.getHost() + (port == -1 ? "" : ":" + port);
    }

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String path = context.normalizedPath();
            context.addHeadersEndHandler(ignored -> {
                MultiMap headers = context.response().headers();
                headers.set("Content-Security-Policy", contentSecurityPolicy);
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
