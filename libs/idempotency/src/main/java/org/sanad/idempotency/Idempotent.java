package org.sanad.idempotency;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * A resource method that honours the {@code Idempotency-Key} header ({@link IdempotentRequests}):
 * a retry with the same key and the same request gets the first answer again, and has no effect of
 * its own. The method also carries {@code @Extension(name = IdempotencyKeyDocs.MARK, value = "true")},
 * so that its contract declares the header and its problems.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({ METHOD, TYPE })
public @interface Idempotent {

    /** Whose keys these are: a key of one scope never replays another scope's answer. */
    @Nonbinding
    Scope value();

    enum Scope {
        /** The token's subject ({@code sub}): a citizen's keys are theirs. */
        SUBJECT,
        /** The OIDC client the token was issued to ({@code azp}): a court system's keys are its own. */
        CLIENT,
        /** No caller is recorded (anonymous filing): the key alone, on the route it was sent to. */
        ROUTE
    }
}
