package org.sanad.handoff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.sanad.audit.AuditLog;
import org.sanad.core.paging.Page;
import org.sanad.core.paging.TimeCursor;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.time.Timestamps;

import io.quarkus.logging.Log;

/** Listing and re-queuing the hand-offs a receiver refused, one by one or by a filter. */
@ApplicationScoped
public class DeadEvents {

    @Inject
    AuditLog audit;

    @Transactional
    public Page<DeadEventsResource.DeadEvent> list(DeadEventFilter filter, String after, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        String query = filter.where(parameters);
        if (after != null) {
            TimeCursor cursor = TimeCursor.decode(after, "after");
            query += " and (deadAt > :at or (deadAt = :at and id > :id))";
            parameters.put("at", cursor.at());
            parameters.put("id", cursor.id());
        }
        List<OutboxEvent> rows = OutboxEvent.<OutboxEvent> find(query + " order by deadAt, id", parameters)
                .range(0, limit).list();
        return Page.of(rows, limit, e -> new TimeCursor(e.deadAt, e.id).encode(),
                e -> new DeadEventsResource.DeadEvent(e.id, e.destination, e.type, e.aggregateId, e.createdAt,
                        e.attempts, e.deadAt, e.lastStatus, e.lastError));
    }

    @Transactional
    public void requeue(UUID id) {
        OutboxEvent event = OutboxEvent.<OutboxEvent> findByIdOptional(id)
                .filter(e -> e.status == OutboxEvent.Status.DEAD)
                .orElseThrow(() -> ProblemException.notFound("outbox.dead-event.not-found"));
        requeue(event);
        Log.infof("Outbox event %s (%s to %s) re-queued by an operator", event.id, event.type, event.destination);
    }

    /**
     * Re-queues the oldest {@code limit} dead events the filter selects, each audited as if
     * re-queued alone; answers how many. An operator re-queuing the same events at once waits,
     * then finds them no longer dead.
     */
    @Transactional
    public int requeue(DeadEventFilter filter, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        List<OutboxEvent> events = OutboxEvent.<OutboxEvent> find(filter.where(parameters) + " order by deadAt, id", parameters)
                .withLock(LockModeType.PESSIMISTIC_WRITE).range(0, limit - 1).list();
        events.forEach(this::requeue);
        Log.infof("%d dead outbox events (%s) re-queued by an operator", events.size(), filter.describe());
        return events.size();
    }

    private void requeue(OutboxEvent event) {
        event.status = OutboxEvent.Status.PENDING;
        event.attempts = 0;
        event.refusals = 0;
        event.deadAt = null;
        event.nextAttemptAt = Timestamps.now();
        audit.success(HandOffAuditAction.OUTBOX_REQUEUE, HandOffAuditRecord.OUTBOX_EVENT, event.id);
    }
}
