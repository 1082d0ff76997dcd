package org.sanad.core.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.sanad.core.audit.EndpointRefused;
import org.sanad.core.identity.Caller;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every failure into an RFC 9457 problem response. Nothing of the exception itself (class
 * names, SQL, stack traces) reaches the client; unexpected failures are logged here instead.
 */
public class ProblemMappers {

    /** How long a client waits before retrying when the database is away or busy. */
    static final int DATABASE_RETRY_AFTER_SECONDS = 5;

    /** The longest repeated key's path a problem names. */
    static final int MAX_ECHOED_PATH = 200;

    /** Record-level refusals, written by the audit log in a transaction of their own. */
    @Inject
    Event<ProblemException.Refusal> refusals;

    @Inject
    Event<EndpointRefused> endpointRefusals;

    @Inject
    Caller caller;

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uriInfo) {
        ProblemException.Refusal refusal = e.refusal();
        if (refusal != null) {
            refusals.fire(refusal);
        }
        Response response = ProblemResponses.of(e.type(), headers, uriInfo, e.messageKey(), e.args(), e.violations());
        return e.retryAfterSeconds().isEmpty() ? response
                : Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds().getAsLong()).build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpHeaders headers, UriInfo uriInfo) {
        Locale locale = Messages.choose(headers::getAcceptableLanguages);
        List<Problem.FieldViolation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldViolation(fieldPath(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return ProblemResponses.of(ProblemType.VALIDATION, locale, uriInfo,
                Messages.text(locale, ProblemType.VALIDATION.detailKey()), violations);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, HttpHeaders headers, UriInfo uriInfo) {
        return malformed(e, headers, uriInfo);
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, HttpHeaders headers, UriInfo uriInfo) {
        return malformed(e, headers, uriInfo);
    }

    private Response malformed(JsonProcessingException e, HttpHeaders headers, UriInfo uriInfo) {
        Optional<String> repeated = duplicateKey(e);
        if (repeated.isPresent()) {
            return ProblemResponses.of(ProblemType.MALFORMED_REQUEST, headers, uriInfo,
                    "problem.malformed-request.duplicate-key", new Object[] { repeated.get() },
                    List.of(new Problem.FieldViolation(repeated.get(), "problem.malformed-request.duplicate-key.field")));
        }
        List<Problem.FieldViolation> violations = List.of();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            violations = List.of(new Problem.FieldViolation(jsonPath(mapping), "problem.malformed-request.field"));
        }
        return ProblemResponses.of(ProblemType.MALFORMED_REQUEST, headers, uriInfo,
                ProblemType.MALFORMED_REQUEST.detailKey(), new Object[0], violations);
    }

    @ServerExceptionMapper
    public Uni<Response> unauthenticated(UnauthorizedException e, HttpHeaders headers, UriInfo uriInfo, Request request) {
        return unauthenticatedAudited(headers, uriInfo, request);
    }

    @ServerExceptionMapper
    public Uni<Response> authenticationFailed(AuthenticationFailedException e, HttpHeaders headers, UriInfo uriInfo,
            Request request) {
        return unauthenticatedAudited(headers, uriInfo, request);
    }

    /** A role check refused the caller: audited like every record-level refusal. */
    @ServerExceptionMapper
    public Uni<Response> forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uriInfo, Request request) {
        return audited(caller.subject(), caller.rolesForAudit(), endpoint(request, uriInfo),
                ProblemResponses.of(ProblemType.FORBIDDEN, headers, uriInfo));
    }

    /** Nothing of a token that could not be authenticated is trusted or recorded: the caller is anonymous. */
    private Uni<Response> unauthenticatedAudited(HttpHeaders headers, UriInfo uriInfo, Request request) {
        return audited(Caller.ANONYMOUS, Caller.ANONYMOUS, endpoint(request, uriInfo),
                withBearerChallenge(ProblemResponses.of(ProblemType.UNAUTHENTICATED, headers, uriInfo)));
    }

    /** The answer, once the refusal is written by a worker (these refusals arrive on the I/O thread). */
    private Uni<Response> audited(String subject, String roles, String endpoint, Response response) {
        return Uni.createFrom().item(() -> {
            endpointRefusals.fire(new EndpointRefused(subject, roles, endpoint));
            return response;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** The refused request as {@code GET /complaints/…}, cut to the audit log's record id column. */
    static String endpoint(Request request, UriInfo uriInfo) {
        String endpoint = request.getMethod() + " /" + uriInfo.getPath().replaceFirst("^/", "");
        return endpoint.length() <= 100 ? endpoint : endpoint.substring(0, 99) + "…";
    }

    @ServerExceptionMapper
    public Response concurrentUpdate(OptimisticLockException e, HttpHeaders headers, UriInfo uriInfo) {
        return ProblemResponses.of(ProblemType.PRECONDITION_FAILED, headers, uriInfo);
    }

    @ServerExceptionMapper
    public Response concurrentUpdate(StaleStateException e, HttpHeaders headers, UriInfo uriInfo) {
        return ProblemResponses.of(ProblemType.PRECONDITION_FAILED, headers, uriInfo);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpHeaders headers, UriInfo uriInfo) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return malformed(unreadable, headers, uriInfo);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            Log.error("Request failed", e);
        }
        Response problem = ProblemResponses.of(ProblemType.ofStatus(status), headers, uriInfo);
        return status == 405 ? withAllowHeader(problem, e.getResponse()) : problem;
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, HttpHeaders headers, UriInfo uriInfo) {
        Optional<ProblemType> database = DatabaseFailures.classify(e);
        if (database.isEmpty()) {
            Log.error("Unexpected failure", e);
            return ProblemResponses.of(ProblemType.INTERNAL, headers, uriInfo);
        }
        ProblemType type = database.get();
        if (type == ProblemType.UNAVAILABLE) {
            Log.warnf("Database unavailable: SQLSTATE %s", DatabaseFailures.sqlState(e));
            return Response.fromResponse(ProblemResponses.of(type, headers, uriInfo))
                    .header(HttpHeaders.RETRY_AFTER, DATABASE_RETRY_AFTER_SECONDS).build();
        }
        Log.warnf("Refused by the database (%s): SQLSTATE %s", type, DatabaseFailures.sqlState(e));
        return ProblemResponses.of(type, headers, uriInfo,
                type == ProblemType.VALIDATION ? "database.value-refused" : "database.concurrent-write", new Object[0],
                List.of());
    }

    private static Response withBearerChallenge(Response problem) {
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private static Response withAllowHeader(Response problem, Response original) {
        return Response.fromResponse(problem).allow(original.getAllowedMethods()).build();
    }

    /** The request-body path of a violation, without the method and parameter names. */
    static String fieldPath(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER && names.isEmpty()) {
                names.add(node.getName());
                continue;
            }
            if (node.isInIterable() && !names.isEmpty()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                names.set(names.size() - 1, names.get(names.size() - 1) + "[" + position + "]");
            }
            String name = node.getName();
            if (name != null && !name.isEmpty() && !name.startsWith("<")) {
                names.add(name);
            }
        }
        // a body parameter's own name says nothing to the client: drop it when it has sub-fields
        if (names.size() > 1) {
            names.remove(0);
        }
        return String.join(".", names);
    }

    /**
     * The path of a key the body repeats ({@code defendants[0].charges}), when that is why it could
     * not be read: the parser refuses it (strict duplicate detection) with no exception type of its
     * own, standing on the key with its context still open, which gives the path.
     */
    static Optional<String> duplicateKey(Throwable e) {
        if (e == null) {
            return Optional.empty();
        }
        // inside an object being bound, the parser's refusal arrives wrapped with the path
        if (!(e instanceof StreamReadException read) || read.getProcessor() == null
                || read.getOriginalMessage() == null || !read.getOriginalMessage().startsWith("Duplicate field '")) {
            return e.getCause() == e ? Optional.empty() : duplicateKey(e.getCause());
        }
        JsonParser parser = read.getProcessor();
        List<String> steps = new ArrayList<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inArray()) {
                steps.add(0, "[" + context.getCurrentIndex() + "]");
            } else if (context.getCurrentName() != null) {
                steps.add(0, "." + context.getCurrentName());
            }
        }
        String path = String.join("", steps).replaceFirst("^\\.", "");
        // the client's own text, echoed: cut to what a field path of the suite can be
        return Optional.of(path.length() <= MAX_ECHOED_PATH ? path : path.substring(0, MAX_ECHOED_PATH - 1) + "…");
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
