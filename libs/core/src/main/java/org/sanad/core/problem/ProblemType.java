package org.sanad.core.problem;

import java.net.URI;

/**
 * The stable problem types every service answers with. The {@code type} URI never changes once
 * published: clients branch on it, while titles and details are for people and are translated.
 */
public enum ProblemType {
    VALIDATION("validation", 400),
    MALFORMED_REQUEST("malformed-request", 400),
    UNAUTHENTICATED("unauthenticated", 401),
    FORBIDDEN("forbidden", 403),
    NOT_FOUND("not-found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", 406),
    CONFLICT("conflict", 409),
    ILLEGAL_TRANSITION("illegal-transition", 409),
    /** The stored bytes no longer hash to what was recorded on arrival: never served as evidence. */
    INTEGRITY_FAILURE("integrity-failure", 409),
    /** The evidence's bytes were purged after its retention period; its hash and custody remain. */
    EVIDENCE_PURGED("evidence-purged", 410),
    /** A minor victim's complaint is pursued by the state: it cannot be withdrawn. */
    WITHDRAWAL_REFUSED("withdrawal-refused", 409),
    /** A decision already taken (a correlation flag linked or dismissed) cannot be taken again. */
    ALREADY_DECIDED("already-decided", 409),
    /** The record holds as many of these as the suite carries (identifiers, evidence files). */
    LIMIT_REACHED("limit-reached", 409),
    /** The Idempotency-Key's first request is still being answered: retry once it is. */
    IDEMPOTENCY_IN_PROGRESS("idempotency-in-progress", 409),
    PRECONDITION_FAILED("stale-version", 412),
    /** An upload took longer than allowed, or came slower than the minimum rate: cut off, nothing kept. */
    UPLOAD_TOO_SLOW("upload-too-slow", 408),
    PAYLOAD_TOO_LARGE("payload-too-large", 413),
    /** The request line (path and query) is longer than any address of the suite. */
    URI_TOO_LONG("uri-too-long", 414),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415),
    /** The Idempotency-Key was used by the caller for another request (another route or body). */
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", 422),
    PRECONDITION_REQUIRED("version-required", 428),
    TOO_MANY_REQUESTS("too-many-requests", 429),
    HEADERS_TOO_LARGE("headers-too-large", 431),
    INTERNAL("internal", 500),
    UNAVAILABLE("unavailable", 503),
    /** The evidence store is at its configured size: nothing more is taken until operators make room. */
    STORAGE_FULL("storage-full", 507);

    private static final String TYPE_PREFIX = "urn:sanad:problem:";

    private final String slug;
    private final int status;

    ProblemType(String slug, int status) {
        this.slug = slug;
        this.status = status;
    }

    public URI uri() {
        return URI.create(TYPE_PREFIX + slug);
    }

    public int status() {
        return status;
    }

    /** The message key of this type's title, e.g. {@code problem.not-found.title}. */
    public String titleKey() {
        return "problem." + slug + ".title";
    }

    /** The message key of this type's default detail. */
    public String detailKey() {
        return "problem." + slug + ".detail";
    }

    public static ProblemType ofStatus(int status) {
        // a 422 from anywhere but the Idempotency-Key check is no reused key
        if (status == 400 || status == 422) {
            return MALFORMED_REQUEST;
        }
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : MALFORMED_REQUEST;
    }
}
