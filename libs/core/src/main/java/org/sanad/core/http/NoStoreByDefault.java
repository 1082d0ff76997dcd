package org.sanad.core.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * Every answer a service sends is {@code Cache-Control: no-store} unless it says otherwise: a
 * complaint, a case or a referral read on a police station's computer or a victim's phone must not
 * stay in the browser's cache, nor in a proxy's. Only the answers that set their own Cache-Control
 * keep it: the documents that hold nothing of anyone (the reference data, the courts' and statutes'
 * catalogues, the signing keys; CachedDocument). Refusals and problems are no-store too, whichever
 * layer answers them.
 */
@ApplicationScoped
public class NoStoreByDefault {

    public static final String NO_STORE = "no-store";

    void register(@Observes Filters filters) {
        filters.register(context -> {
            context.addHeadersEndHandler(ignored -> {
                if (!context.response().headers().contains(HttpHeaders.CACHE_CONTROL)) {
                    context.response().headers().set(HttpHeaders.CACHE_CONTROL, NO_STORE);
                }
            });
            context.next();
        }, 90);
    }
}
