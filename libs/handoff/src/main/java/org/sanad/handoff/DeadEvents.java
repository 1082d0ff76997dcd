package org.sanad.handoff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sanad.audit.AuditLog;
import org.sanad.core.paging.Page;
import org.sanad.core.paging.TimeCursor;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.time.Timestamps;

import io.quarkus.logging.Log;

/** Listing and re-queuing the hand-offs a receiver refused. */
@ApplicationScoped
public class DeadEvents {

    @Inject
    AuditLog audit;

    @Transactional
    public Page<DeadEventsResource.DeadEvent> list(String after, int limit) {
        Map<String, Object> parameters = new HashMap<>(Map.of("dead", OutboxEvent.Status.DEAD));
        String query = "status = :dead";
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
        event.status = OutboxEvent.Status.PENDING;
        event.attempts = 0;
        event.deadAt = null;
        event.nextAttemptAt = Timestamps.now();
        audit.success(HandOffAuditAction.OUTBOX_REQUEUE, HandOffAuditRecord.OUTBOX_EVENT, event.id);
        Log.infof("Outbox event %s (%s to %s) re-queued by an operator", event.id, event.type, event.destination);
    }
}
