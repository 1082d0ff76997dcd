package org.sanad.commons.outbox;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.sanad.commons.time.Timestamps;

/** Writes outbox events; only inside the transaction that makes the change they announce. */
@ApplicationScoped
public class Outbox {

    @Inject
    ObjectMapper json;

    @Transactional(TxType.MANDATORY)
    public OutboxEvent enqueue(String destination, String type, Object aggregateId, Object payload) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.destination = destination;
        event.type = type;
        event.aggregateId = String.valueOf(aggregateId);
        try {
            event.payload = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Outbox payload cannot be written as JSON", e);
        }
        event.createdAt = Timestamps.now();
        event.nextAttemptAt = event.createdAt;
        event.persist();
        return event;
    }

    public <T> T payload(OutboxEvent event, Class<T> type) {
        try {
            return json.readValue(event.payload, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Outbox event " + event.id + " holds unreadable JSON", e);
        }
    }
}
