package org.sanad.complaints.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;

/**
 * Every answer is {@code Cache-Control: no-store} unless it says otherwise: a complaint, a queue or
 * a count must not stay in a browser's or a proxy's cache, on a phone the extortionist may see or an
 * office computer others use. An answer meant to be cached names its own policy (the reference data:
 * {@link ReferenceDataResource#CACHE_CONTROL}) and keeps it. Set when the headers are written, so it
 * covers the refusals made before a resource is reached (401, 403, 404, 405, 413) too.
 */
@ApplicationScoped
public class NoStoreByDefault {

    static final String NO_STORE = "no-store";

    void register(@Observes Filters filters) {
        filters.register(context -> {
            context.addHeadersEndHandler(ignored -> {
                MultiMap headers = context.response().headers();
                if (!headers.contains(HttpHeaders.CACHE_CONTROL)) {
                    headers.set(HttpHeaders.CACHE_CONTROL, NO_STORE);
                }
            });
            context.next();
        }, 100);
    }
}
