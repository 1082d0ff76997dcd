package org.sanad.evidence.retention;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.sanad.evidence.store.EvidenceStore;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The shape every service's evidence purge shares: batches of due records, each batch in a
 * transaction of its own that locks the records it purges ({@code FOR UPDATE SKIP LOCKED}, so
 * replicas share the work and a legal hold being set, which takes the same row lock, never crosses
 * a purge), until a batch comes back short.
 */
@ApplicationScoped
public class EvidencePurge {

    @Inject
    RetentionConfig config;

    @Inject
    EvidenceStore store;

    @Inject
    EntityManager entityManager;

    /** Purges one locked record's evidence as of {@code now}. */
    @FunctionalInterface
    public interface Purger {
        void purge(UUID recordId, Instant now);
    }

    /**
     * @param lockDue given the cutoff (matters ended before it are due) and the batch size, locks
     *        and answers the due records
     * @return how many records were purged
     */
    public int run(Instant now, BiFunction<Instant, Integer, List<UUID>> lockDue, Purger purger) {
        Instant cutoff = now.minus(config.evidenceAfter());
        int total = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> {
                List<UUID> due = lockDue.apply(cutoff, config.batch());
                due.forEach(id -> purger.purge(id, now));
                return due.size();
            });
            total += batch;
        } while (batch == config.batch());
        return total;
    }

    /**
     * Deletes an object whose record, changed in this transaction, no longer names it: the change
     * is flushed first, so the object goes only with the record of its going.
     */
    @Transactional(TxType.MANDATORY)
    public void discard(UUID objectId) {
        entityManager.flush();
        store.discard(objectId);
    }

    /** The purge's reason, kept on the record and in its custody log. */
    public String reason(String matter, Instant since) {
        return "retention: " + matter + " since " + since + ", kept " + config.evidenceAfter();
    }
}
