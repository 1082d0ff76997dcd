package org.sanad.idempotency;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestResponse;
import org.sanad.core.identity.Caller;
import org.sanad.core.problem.Problem;
import org.sanad.core.problem.ProblemException;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpServerRequest;

/**
 * Honours the Idempotency-Key header on the resource methods marked {@link Idempotent}: a request
 * without it runs as ever; with it, the key is reserved before the method runs
 * ({@link IdempotencyStore#reserve}), a retry of an answered request is answered the first answer
 * again (thrown as {@link Replay}, whatever the method returns) and runs nothing, and the method's
 * success is kept for the retries. Runs after the caller's roles were checked and the body was read
 * and validated: a request refused for those never takes a key.
 */
@Idempotent(Idempotent.Scope.SUBJECT)
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 900)
public class IdempotentRequests {

    /** The first answer, sent again; see {@link ReplayMapper}. */
    public static final class Replay extends RuntimeException {

        private final transient StoredAnswer answer;

        Replay(StoredAnswer answer) {
            super(null, null, false, false);
            this.answer = answer;
        }

        public Response response() {
            return answer.replay();
        }
    }

    @Inject
    HttpServerRequest http;

    @Inject
    Caller caller;

    @Inject
    RequestBodyDigest.Holder body;

    @Inject
    IdempotencyStore store;

    @Inject
    ObjectMapper json;

    @AroundInvoke
    Object once(InvocationContext invocation) throws Exception {
        String header = http.getHeader(IdempotencyKey.HEADER);
        if (header == null) {
            return invocation.proceed();
        }
        String key = IdempotencyKey.parse(header).orElseThrow(() -> ProblemException.invalid(
                List.of(new Problem.FieldViolation(IdempotencyKey.HEADER, "idempotency-key.malformed"))));
        Idempotent.Scope scope = bindingOf(invocation).value();
        IdempotentRequest request = new IdempotentRequest(scopeOf(scope), key, http.method().name(), http.path(),
                body.sha256());
        IdempotencyStore.Reservation reservation = store.reserve(request);
        if (reservation instanceof IdempotencyStore.Answered answered) {
            throw new Replay(answered.answer());
        }
        UUID id = ((IdempotencyStore.Reserved) reservation).id();
        Object result;
        try {
            result = invocation.proceed();
        } catch (Exception | Error failure) {
            store.release(id);
            throw failure;
        }
        StoredAnswer answer = answerOf(result);
        if (answer.isSuccess()) {
            store.complete(id, answer);
        } else {
            store.release(id);
        }
        return result;
    }

    private String scopeOf(Idempotent.Scope scope) {
        return switch (scope) {
            case SUBJECT -> "subject:" + caller.subject();
            case CLIENT -> "client:" + caller.clientId().orElseGet(caller::subject);
            case ROUTE -> "route:" + http.method().name() + " " + http.path();
        };
    }

    private static Idempotent bindingOf(InvocationContext invocation) {
        Idempotent binding = invocation.getMethod().getAnnotation(Idempotent.class);
        return binding != null ? binding : invocation.getMethod().getDeclaringClass().getAnnotation(Idempotent.class);
    }

    /** The answer the method's result is written as: a response's status and headers, an entity's JSON. */
    private StoredAnswer answerOf(Object result) throws Exception {
        if (result instanceof RestResponse<?> response) {
            return answer(response.getStatus(), response.getHeaderString(HttpHeaders.LOCATION),
                    response.getHeaderString(HttpHeaders.ETAG), response.getEntity());
        }
        if (result instanceof Response response) {
            return answer(response.getStatus(), response.getHeaderString(HttpHeaders.LOCATION),
                    response.getHeaderString(HttpHeaders.ETAG), response.getEntity());
        }
        return answer(result == null ? 204 : 200, null, null, result);
    }

    private StoredAnswer answer(int status, String location, String etag, Object entity) throws Exception {
        String written = entity == null ? null : new String(json.writeValueAsBytes(entity), StandardCharsets.UTF_8);
        return new StoredAnswer(status, location, etag, written == null ? null : MediaType.APPLICATION_JSON + ";charset=UTF-8", written);
    }
}
