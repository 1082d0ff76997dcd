package org.sanad.commons.outbox;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.sanad.commons.time.Timestamps;

/**
 * The receiving side of the outbox: remembers the ids of messages already applied, in the
 * transaction that applies them, so a redelivered message changes nothing.
 */
@ApplicationScoped
public class ProcessedMessages {

    @Inject
    EntityManager entityManager;

    /** True the first time a message id is seen; false for every redelivery. */
    @Transactional(TxType.MANDATORY)
    public boolean firstDelivery(UUID messageId) {
        return entityManager.createNativeQuery(
                "insert into processed_message (id, processed_at) values (?1, ?2) on conflict (id) do nothing")
                .setParameter(1, messageId)
                .setParameter(2, Timestamps.now())
                .executeUpdate() == 1;
    }
}
