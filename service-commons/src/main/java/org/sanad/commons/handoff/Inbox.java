package org.sanad.commons.handoff;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.sanad.commons.time.Timestamps;

/**
 * The receiving side of the hand-offs: remembers the ids of messages already applied, in the
 * transaction that applies them, and hands each new message to the one handler of its type. A
 * redelivered message changes nothing.
 */
@ApplicationScoped
public class Inbox {

    @Inject
    EntityManager entityManager;

    @Inject
    Instance<HandOffHandler<?>> handlers;

    /** Applies the message unless it was applied before; answers whether it was applied now. */
    @Transactional
    public <M extends HandOffMessage> boolean receive(M message) {
        HandOffHandler<M> handler = handlerOf(message);
        if (!firstDelivery(message.deliveryId())) {
            return false;
        }
        handler.apply(message);
        return true;
    }

    @SuppressWarnings("unchecked")
    private <M extends HandOffMessage> HandOffHandler<M> handlerOf(M message) {
        return (HandOffHandler<M>) handlers.stream()
                .filter(h -> h.messageType().equals(message.getClass()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No handler for " + message.getClass().getName()));
    }

    /** True the first time a message id is seen; false for every redelivery. */
    private boolean firstDelivery(UUID messageId) {
        return entityManager.createNativeQuery(
                "insert into processed_message (id, processed_at) values (?1, ?2) on conflict (id) do nothing")
                .setParameter(1, messageId)
                .setParameter(2, Timestamps.now())
                .executeUpdate() == 1;
    }
}
