package org.sanad.core.audit;

/**
 * The HTTP layer refused a request before any record was read (no token, a bad token, a role the
 * endpoint does not allow). Fired on a worker thread once the refusal is answered; the audit log
 * records it for the caller read beforehand.
 *
 * @param endpoint the refused request as {@code GET /complaints/…}
 */
public record EndpointRefused(String subject, String roles, String endpoint) {
}
