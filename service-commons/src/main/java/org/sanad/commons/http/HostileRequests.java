package org.sanad.commons.http;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.sanad.commons.problem.Messages;
import org.sanad.commons.problem.ProblemResponses;
import org.sanad.commons.problem.ProblemType;

/**
 * Refuses, before any resource sees it, a request whose path or query carries a NUL character
 * ({@code %00}): PostgreSQL cannot store or compare one, and no identifier, search or tracking
 * number of the suite contains one.
 */
public class HostileRequests {

    @ServerRequestFilter(preMatching = true)
    public Response refuseNul(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        String raw = uri.getRawPath() + "?" + uri.getRawQuery();
        if (!raw.contains("%00") && raw.indexOf('\u0000') < 0) {
            return null;
        }
        Locale locale = Messages.choose(request.getAcceptableLanguages());
        return ProblemResponses.of(ProblemType.MALFORMED_REQUEST, locale, null,
                Messages.text(locale, "request.nul-character"), List.of());
    }
}
