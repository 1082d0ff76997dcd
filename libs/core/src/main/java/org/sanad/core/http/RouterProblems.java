package org.sanad.core.http;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;

import org.sanad.core.problem.Messages;
import org.sanad.core.problem.Problem;
import org.sanad.core.problem.ProblemType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.LanguageHeader;
import io.vertx.ext.web.RoutingContext;

/**
 * A problem answered on the HTTP router, before the REST layer: in the client's language, and
 * closing the connection, whose unread body (or the rest of an oversized request) is not worth
 * keeping it for.
 */
final class RouterProblems {

    private RouterProblems() {
    }

    /** With the request's path as the problem's instance. */
    static void answer(RoutingContext context, ObjectMapper json, ProblemType type, String detailKey) {
        answer(context, json, type, detailKey, true);
    }

    static void answer(RoutingContext context, ObjectMapper json, ProblemType type, String detailKey, boolean withInstance) {
        Locale locale = Messages.choose(context.acceptableLanguages().stream()
                .map(LanguageHeader::value).map(Locale::forLanguageTag).toList());
        Problem problem = new Problem(type.uri(), Messages.text(locale, type.titleKey()), type.status(),
                Messages.text(locale, detailKey), withInstance ? context.request().path() : null, List.of());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
        context.response().setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .putHeader("Connection", "close")
                .end(body);
    }
}
