package org.sanad.handoff;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.sanad.core.time.Timestamps;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Writes hand-offs; only inside the transaction that makes the change they announce. */
@ApplicationScoped
public class Outbox {

    @Inject
    ObjectMapper json;

    /**
     * Stores the message for delivery by {@link OutboxRelay}. The message is built with the
     * event's id as its {@code deliveryId}, so what is stored is exactly what is sent.
     */
    @Transactional(TxType.MANDATORY)
    public <M extends HandOffMessage> OutboxEvent enqueue(HandOff<M> handOff, Object aggregateId,
            Function<UUID, M> message) {
        return enqueue(handOff, aggregateId, message, null);
    }

    /**
     * As {@link #enqueue(HandOff, Object, Function)}, first tried no sooner than {@code notBefore}
     * (a message held back until the end of quiet hours, say); now when it is null or past.
     */
    @Transactional(TxType.MANDATORY)
    public <M extends HandOffMessage> OutboxEvent enqueue(HandOff<M> handOff, Object aggregateId,
            Function<UUID, M> message, Instant notBefore) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.destination = handOff.destination();
        event.type = handOff.type();
        event.path = handOff.path();
        event.aggregateId = String.valueOf(aggregateId);
        try {
            event.payload = json.writeValueAsString(message.apply(event.id));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Hand-off " + handOff.type() + " cannot be written as JSON", e);
        }
        event.status = OutboxEvent.Status.PENDING;
        event.createdAt = Timestamps.now();
        event.nextAttemptAt = notBefore != null && notBefore.isAfter(event.createdAt) ? notBefore : event.createdAt;
        event.persist();
        return event;
    }
}
