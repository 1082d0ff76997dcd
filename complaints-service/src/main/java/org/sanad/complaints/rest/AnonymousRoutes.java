package org.sanad.complaints.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import org.sanad.core.http.HttpLimits;

import io.vertx.ext.web.Router;

/**
 * Anonymous means anonymous: on the anonymous filing and tracking routes any credentials a client
 * sends are dropped before anything reads them. A logged-in phone that files "anonymously" leaves
 * no subject on the complaint, its history or its custody, and an expired token cannot turn
 * anonymous filing into a 401.
 */
@ApplicationScoped
public class AnonymousRoutes {

    /** Anonymous filing. */
    static final String FILING = "/anonymous-complaints";
    /** Everything an anonymous filer does afterwards, with the tracking number and its secret. */
    static final String TRACKING = "/tracking/";

    static boolean isFiling(String path) {
        return FILING.equals(path);
    }

    static boolean isTracking(String path) {
        return path != null && path.startsWith(TRACKING);
    }

    void dropCredentials(@Observes Router router) {
        router.route().order(HttpLimits.ORDER + 1).handler(context -> {
            String path = context.normalizedPath();
            if (isFiling(path) || isTracking(path)) {
                context.request().headers().remove(HttpHeaders.AUTHORIZATION);
                context.request().headers().remove(HttpHeaders.COOKIE);
            }
            context.next();
        });
    }
}
