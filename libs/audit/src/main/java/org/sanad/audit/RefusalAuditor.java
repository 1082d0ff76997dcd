package org.sanad.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.sanad.core.audit.EndpointRefused;
import org.sanad.core.problem.ProblemException;

/**
 * Writes the refusals the core's problem mappers announce, each in a transaction of its own: the
 * refused request's transaction has rolled back and given its connection back by then.
 */
@ApplicationScoped
public class RefusalAuditor {

    @Inject
    AuditLog audit;

    /** A record-level refusal, for the request's caller. */
    void recordRefused(@Observes ProblemException.Refusal refusal) {
        audit.denied(refusal.action(), refusal.recordType(), refusal.recordId());
    }

    /** The HTTP layer refused a request before any record was read, for the caller read beforehand. */
    void endpointRefused(@Observes EndpointRefused refusal) {
        audit.deniedAs(refusal.subject(), refusal.roles(), AuditLogAction.ENDPOINT_ACCESS, AuditLogRecord.ENDPOINT,
                refusal.endpoint());
    }
}
