package org.sanad.core.problem;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Builds translated {@code application/problem+json} responses. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(ProblemType type, HttpHeaders headers, UriInfo uriInfo, String detailKey,
            Object[] args, List<Problem.FieldViolation> untranslatedViolations) {
        Locale locale = Messages.choose(headers::getAcceptableLanguages);
        List<Problem.FieldViolation> violations = untranslatedViolations.stream()
                .map(v -> new Problem.FieldViolation(v.field(), Messages.text(locale, v.message())))
                .toList();
        return of(type, locale, uriInfo, Messages.text(locale, detailKey, args), violations);
    }

    public static Response of(ProblemType type, Locale locale, UriInfo uriInfo, String detail,
            List<Problem.FieldViolation> violations) {
        Problem problem = new Problem(type.uri(), Messages.text(locale, type.titleKey()), type.status(), detail,
                uriInfo == null ? null : uriInfo.getRequestUri().getRawPath(), violations);
        return Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .entity(problem)
                .build();
    }

    public static Response of(ProblemType type, HttpHeaders headers, UriInfo uriInfo) {
        return of(type, headers, uriInfo, type.detailKey(), new Object[0], List.of());
    }
}
