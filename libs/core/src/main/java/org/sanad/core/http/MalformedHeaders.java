package org.sanad.core.http;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

import org.sanad.core.problem.ProblemType;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Headers the REST layer would fail to parse (a 500), dealt with before it reads them
 * ({@link HeaderSyntax}):
 * <ul>
 * <li>a {@code Content-Type} that is not one media type ({@code ;;;}, {@code image/},
 * {@code a/b; charset}, two of them): 415, saying what a media type looks like;</li>
 * <li>an {@code Accept-Language} outside its grammar ({@code ar;q=abc}) is dropped, as a server may
 * ignore what it cannot read: the answer is in the default language.</li>
 * </ul>
 */
@ApplicationScoped
public class MalformedHeaders {

    /** Right after the size limits, before the anonymous routes drop credentials and before authentication. */
    public static final int ORDER = HttpLimits.ORDER + 1;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        String language = context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (language != null && !HeaderSyntax.isLanguageList(language)) {
            context.request().headers().remove(HttpHeaders.ACCEPT_LANGUAGE);
        }
        List<String> contentTypes = context.request().headers().getAll(HttpHeaders.CONTENT_TYPE);
        if (contentTypes.size() > 1 || contentTypes.size() == 1 && !HeaderSyntax.isMediaType(contentTypes.get(0))) {
            RouterProblems.answer(context, json, ProblemType.UNSUPPORTED_MEDIA_TYPE, "request.content-type.malformed");
            return;
        }
        context.next();
    }
}
