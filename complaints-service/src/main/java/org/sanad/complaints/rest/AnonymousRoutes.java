package org.sanad.complaints.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import io.vertx.ext.web.Router;

/**
 * Anonymous means anonymous: on the anonymous filing and tracking routes any credentials a client
 * sends are dropped before anything reads them. A logged-in phone that files "anonymously" leaves
 * no subject on the complaint, its history or its custody, and an expired token cannot turn
 * anonymous filing into a 401.
 */
@ApplicationScoped
public class AnonymousRoutes {

    static boolean isAnonymous(String path) {
        return path != null && (path.equals("/anonymous-complaints") || path.startsWith("/tracking/"));
    }

    void dropCredentials(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            if (isAnonymous(context.normalizedPath())) {
                context.request().headers().remove(HttpHeaders.AUTHORIZATION);
                context.request().headers().remove(HttpHeaders.COOKIE);
            }
            context.next();
        });
    }
}
