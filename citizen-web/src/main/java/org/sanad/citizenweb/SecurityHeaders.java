package org.sanad.citizenweb;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.sanad.webkit.StrictHeaders;

import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * The portal's answers carry the strict headers of every Sanad web app (StrictHeaders); its page
 * connects to this origin, complaints-service's API and the login, and nothing else. One thing
 * more than the officer console: the service worker of this origin that shows notifications in
 * the browser (/push-worker.js), and no other worker.
 */
@ApplicationScoped
public class SecurityHeaders {

    static String contentSecurityPolicy(PortalSettings settings) {
        return StrictHeaders.contentSecurityPolicy(List.of(settings.complaintsApi(), settings.oidcIssuer()))
                + "; worker-src 'self'";
    }

    void register(@Observes Filters filters, PortalSettings settings) {
        StrictHeaders.register(filters, contentSecurityPolicy(settings), settings.hsts());
    }
}
