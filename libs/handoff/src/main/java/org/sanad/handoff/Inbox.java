package org.sanad.handoff;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.sanad.core.problem.ProblemException;
import org.sanad.core.identity.Caller;
import org.sanad.core.time.Timestamps;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The receiving side of the hand-offs: remembers the ids of messages already applied, in the
 * transaction that applies them, and hands each new message to the one handler of its type. A
 * redelivered message changes nothing. Only the message's one sender ({@link HandOffHandler#sender()})
 * may deliver it.
 */
@ApplicationScoped
public class Inbox {

    @Inject
    EntityManager entityManager;

    @Inject
    Instance<HandOffHandler<?>> handlers;

    @Inject
    Caller caller;

    /**
     * Applies the message unless it was applied before; answers whether it was applied now. A
     * message from any client but its sender is refused (403, audited) before a transaction opens.
     */
    public <M extends HandOffMessage> boolean receive(M message) {
        HandOffHandler<M> handler = handlerOf(message);
        if (!caller.isServiceClientOf(List.of(handler.sender()))) {
            throw ProblemException.forbidden("handoff.sender-not-allowed", handler.sender())
                    .audited(HandOffAuditAction.HANDOFF_RECEIVE, HandOffAuditRecord.HANDOFF, message.deliveryId());
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!firstDelivery(message.deliveryId())) {
                return false;
            }
            handler.apply(message);
            return true;
        });
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
