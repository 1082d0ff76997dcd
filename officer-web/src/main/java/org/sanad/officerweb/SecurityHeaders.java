package org.sanad.officerweb;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.sanad.webkit.StrictHeaders;

import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * The console's answers carry the strict headers of every Sanad web app (StrictHeaders): nothing of
 * a victim may stay in a police station's browser cache, and the page connects to this origin, the
 * three APIs and the login, and nothing else.
 */
@ApplicationScoped
public class SecurityHeaders {

    static String contentSecurityPolicy(ConsoleSettings settings) {
        return StrictHeaders.contentSecurityPolicy(List.of(settings.complaintsApi(), settings.casesApi(),
                settings.referralsApi(), settings.oidcIssuer()));
    }

    void register(@Observes Filters filters, ConsoleSettings settings) {
        StrictHeaders.register(filters, contentSecurityPolicy(settings), settings.hsts());
    }
}
