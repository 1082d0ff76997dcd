package org.sanad.idempotency;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;
import org.sanad.core.time.Timestamps;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The keys and their answers. Each step is a short transaction of its own, none held while the
 * request's effect runs (which may wait for another service):
 * <ol>
 * <li>{@link #reserve}: one {@code INSERT … ON CONFLICT} takes the key for this request, or finds
 * the key taken. Of two identical requests racing, the second waits on the first's row at most for
 * that one statement and then finds it taken (409, in progress).</li>
 * <li>the effect, in its own transactions, as without a key;</li>
 * <li>{@link #complete}: a success is stored, encrypted, to be replayed; {@link #release}: a
 * refusal or failure gives the key back, so a retry runs the request again.</li>
 * </ol>
 * A crash between the effect's commit and {@link #complete} leaves the key in progress: every
 * retry with it is a 409 until its retention ends; the effect happened once and is never run twice
 * (the client reads the record to learn it, or uses a new key). A crash before the effect commits
 * leaves the same, with no effect.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** What a key said about the request that came with it. */
    sealed interface Reservation {
    }

    /** The key is this request's: run it, then {@link #complete} or {@link #release} the row. */
    record Reserved(UUID id) implements Reservation {
    }

    /** The key's request was answered: this is the answer. */
    record Answered(StoredAnswer answer) implements Reservation {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    IdempotencyConfig config;

    /**
     * Takes the key for {@code request}, or says what it is taken by. A row past its retention that
     * the purge has not yet deleted is taken over, as if it were gone.
     *
     * @throws ProblemException 422 when the key came with another request, 409 while its first
     *         request is in progress
     */
    public Reservation reserve(IdempotentRequest request) {
        Instant now = Timestamps.now();
        UUID id = UUID.randomUUID();
        byte[] lookup = request.lookup();
        byte[] fingerprint = request.fingerprint();
        return QuarkusTransaction.requiringNew().call(() -> {
            int taken = entityManager.createNativeQuery("""
                    INSERT INTO idempotency_record (id, lookup, fingerprint, created_at, expires_at)
                    VALUES (:id, :lookup, :fingerprint, :now, :expires)
                    ON CONFLICT (lookup) DO UPDATE SET id = EXCLUDED.id, fingerprint = EXCLUDED.fingerprint,
                        created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at, response = NULL
                    WHERE idempotency_record.expires_at <= EXCLUDED.created_at""")
                    .setParameter("id", id).setParameter("lookup", lookup).setParameter("fingerprint", fingerprint)
                    .setParameter("now", now).setParameter("expires", now.plus(config.retention()))
                    .executeUpdate();
            if (taken == 1) {
                return new Reserved(id);
            }
            IdempotencyRecord held = IdempotencyRecord.<IdempotencyRecord> find("lookup", lookup).singleResult();
            if (!Arrays.equals(held.fingerprint, fingerprint)) {
                throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, ProblemType.IDEMPOTENCY_KEY_REUSED.detailKey());
            }
            if (held.response == null) {
                throw new ProblemException(ProblemType.IDEMPOTENCY_IN_PROGRESS,
                        ProblemType.IDEMPOTENCY_IN_PROGRESS.detailKey());
            }
            return new Answered(json.readValue(held.response, StoredAnswer.class));
        });
    }

    /** Keeps the answer of the request that holds the row, for its retries. */
    public void complete(UUID id, StoredAnswer answer) {
        String stored;
        try {
            stored = json.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer that was just written cannot be written again", e);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            IdempotencyRecord held = IdempotencyRecord.findById(id);
            if (held != null) {
                held.response = stored;
            }
        });
    }

    /** Gives the key back: the request it held was refused or failed, and may be sent again. */
    public void release(UUID id) {
        try {
            QuarkusTransaction.requiringNew().run(() -> IdempotencyRecord.delete("id = ?1 and response is null", id));
        } catch (RuntimeException e) {
            // the request's own failure is what the client must hear; the key stays in progress until its retention ends
            Log.errorf(e, "The Idempotency-Key row %s could not be released", id);
        }
    }

    @Scheduled(every = "${sanad.idempotency.purge-every:15m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        purge(Timestamps.now());
    }

    /**
     * Deletes the keys and answers whose retention ended before {@code now}, in batches of
     * {@code sanad.idempotency.purge-batch} rows, each in its own short transaction: a day of keys
     * after an outage is never one long delete holding locks and a connection. Replicas may purge
     * at the same moment: each skips the rows another is deleting, and takes the next ones.
     */
    public long purge(Instant now) {
        long purged = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> IdempotencyRecord.getEntityManager()
                    .createNativeQuery("delete from idempotency_record where id in (select id from idempotency_record "
                            + "where expires_at <= ?1 order by expires_at limit ?2 for update skip locked)")
                    .setParameter(1, now).setParameter(2, config.purgeBatch()).executeUpdate());
            purged += deleted;
        } while (deleted == config.purgeBatch());
        return purged;
    }
}
