package org.sanad.complaints.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource method open to anyone without an account. The rules of the anonymous routes (their
 * rate limits and byte quotas) are decided on the method the router matched, so no spelling of the path escapes
 * them.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AnonymousRoute {

    Use value();

    /** Which limits apply ({@code intake.rate-limits.*}). */
    enum Use {
        /** Filing a complaint anonymously. */
        FILING,
        /** Everything an anonymous filer does afterwards, with the tracking number and its secret. */
        TRACKING,
        /** An anonymous filer's evidence upload: the tracking limits and the source's daily evidence bytes. */
        EVIDENCE
    }
}
