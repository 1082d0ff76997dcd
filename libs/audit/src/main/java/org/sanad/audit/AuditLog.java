package org.sanad.audit;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.sanad.core.audit.AuditAction;
import org.sanad.core.audit.AuditRecordType;
import org.sanad.core.identity.Caller;

/**
 * Writes audit entries. Successful actions join the caller's transaction, so the entry exists
 * exactly when the change does; refusals are written in a transaction of their own, because the
 * refused request's transaction rolls back. Each action of the request's caller is announced as
 * {@link CallerAudited}, which the officer directory observes to keep people shown by name.
 */
@ApplicationScoped
public class AuditLog {

    public static final String SYSTEM = "system";

    @Inject
    Caller caller;

    @Inject
    Event<CallerAudited> callerAudited;

    @Transactional(TxType.MANDATORY)
    public void success(AuditAction action, AuditRecordType recordType, Object recordId) {
        callerAudited.fire(CallerAudited.NOW);
        write(caller.subject(), caller.rolesForAudit(), action, recordType, recordId, AuditEntry.Outcome.SUCCESS);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void denied(AuditAction action, AuditRecordType recordType, Object recordId) {
        callerAudited.fire(CallerAudited.NOW);
        write(caller.subject(), caller.rolesForAudit(), action, recordType, recordId, AuditEntry.Outcome.DENIED);
    }

    /**
     * An action of a caller read beforehand, recorded where the request's own context may be gone
     * (a response that streams, then records what it served).
     */
    @Transactional(TxType.MANDATORY)
    public void successAs(String subject, String roles, AuditAction action, AuditRecordType recordType, Object recordId) {
        write(subject, roles, action, recordType, recordId, AuditEntry.Outcome.SUCCESS);
    }

    /**
     * A refusal recorded for a caller read beforehand: the HTTP layer's own refusals are answered
     * on the I/O thread, where no transaction may start, so they are written from a worker.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void deniedAs(String subject, String roles, AuditAction action, AuditRecordType recordType, Object recordId) {
        write(subject, roles, action, recordType, recordId, AuditEntry.Outcome.DENIED);
    }

    /** An action the service took by itself (a scheduled job), not on behalf of a caller. */
    @Transactional(TxType.MANDATORY)
    public void system(AuditAction action, AuditRecordType recordType, Object recordId) {
        write(SYSTEM, SYSTEM, action, recordType, recordId, AuditEntry.Outcome.SUCCESS);
    }

    private static void write(String subject, String roles, AuditAction action, AuditRecordType recordType, Object recordId,
            AuditEntry.Outcome outcome) {
        AuditEntry entry = new AuditEntry();
        entry.stamp(subject, roles, Instant.now());
        entry.action = action.code();
        entry.recordType = recordType.code();
        entry.recordId = String.valueOf(recordId);
        entry.outcome = outcome;
        entry.persist();
    }
}
