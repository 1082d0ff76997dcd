package org.sanad.audit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.core.time.Timestamps;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The audit log's hash chain (sanad-audit's migration {@code V0_3}). Requests only insert
 * entries; this seals them, every second, in one short transaction per batch through the
 * database's {@code audit_chain_seal}, which numbers and links them under an advisory lock, so
 * several replicas never seal at once and the chain has one order. {@link #verify(boolean)} walks
 * it with {@code audit_chain_verify_since}: from the last checkpoint ({@code V0_6}), which costs the
 * entries sealed since, or in full from position 1, the walk an operator runs as
 * {@code audit_chain_verify} ({@code scripts/verify-audit.sh}, {@code V0_7}); every ten minutes the
 * service walks from its last checkpoint itself and logs an error on a break.
 */
@ApplicationScoped
public class AuditChain {

    static final int BATCH = 1000;

    /** A full walk of a long log takes seconds (about 4 s a million entries here); bounded well above that. */
    private static final int WALK_TIMEOUT_SECONDS = 600;

    @Inject
    EntityManager entityManager;

    @Inject
    AuditLog audit;

    @Schema(name = "AuditChainVerification", description = "The audit log's hash chain, walked from its first entry "
            + "or from the last checkpoint")
    public record Verification(
            @Schema(description = "Whether every entry walked still holds") boolean intact,
            @Schema(description = "Where the walk began: 1 (the first entry), or the last checkpoint, the head of an "
                    + "earlier intact walk, whose entry is checked again with all after it") long fromSequence,
            long checkedEntries,
            @Schema(description = "The last sealed entry's position; an anchor kept elsewhere shows whether the chain was rewritten")
            Long headSequence,
            String headHash,
            @Schema(description = "Entries written in the last moments, not yet sealed") long unsealedEntries,
            @Schema(description = "The first entry that does not hold, absent when intact") Broken firstBroken) {
    }

    @Schema(name = "AuditChainBreak")
    public record Broken(long sequence,
            @Schema(description = "The entry at that position; absent when every entry from there on was removed") Long entryId,
            @Schema(description = "CHANGED: its content no longer gives its hash; MISSING_BEFORE: entries before it were removed; "
                    + "LINK_BROKEN: it does not follow the entry before it (one was inserted, replaced or re-sealed)")
            String problem) {
    }

    @Scheduled(every = "${sanad.audit.seal-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledSeal() {
        sealAll();
    }

    /** Seals every entry committed so far (none when another replica is sealing); answers how many. */
    public int sealAll() {
        int total = 0;
        int sealed;
        do {
            sealed = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                    .createNativeQuery("SELECT audit_chain_seal(:batch)").setParameter("batch", BATCH)
                    .getSingleResult()).intValue());
            total += sealed;
        } while (sealed == BATCH);
        if (total > 0) {
            Log.debugf("Sealed %d audit entries", total);
        }
        return total;
    }

    /**
     * Walks the chain for the caller, an auditor, and audits the walk: from the first entry when
     * {@code full}, else from the last checkpoint. An intact walk leaves its head as the next checkpoint.
     */
    public Verification verify(boolean full) {
        return walk(full, () -> audit.success(AuditLogAction.AUDIT_CHAIN_VERIFY, AuditLogRecord.AUDIT_LOG, "chain"));
    }

    /** Walks the entries sealed since the last checkpoint, as the service itself, and alerts on a break. */
    @Scheduled(every = "${sanad.audit.verify-every:10m}", delayed = "${sanad.audit.verify-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledVerification() {
        walk(false, () -> audit.system(AuditLogAction.AUDIT_CHAIN_VERIFY, AuditLogRecord.AUDIT_LOG, "chain"));
    }

    private record Walked(long from, Object[] row) {
    }

    private Verification walk(boolean full, Runnable audited) {
        Walked walked = QuarkusTransaction.requiringNew().timeout(WALK_TIMEOUT_SECONDS).call(() -> {
            audited.run();
            @SuppressWarnings("unchecked")
            List<Object[]> checkpoints = full ? List.of() : entityManager.createNativeQuery(
                    "SELECT chain_seq, entry_hash FROM audit_chain_checkpoint ORDER BY chain_seq DESC LIMIT 1").getResultList();
            // from the first position with no hash, the walk is the full one (audit_chain_verify, V0_7)
            long start = checkpoints.isEmpty() ? 1 : ((Number) checkpoints.get(0)[0]).longValue();
            String hash = checkpoints.isEmpty() ? null : checkpoints.get(0)[1].toString();
            Object[] result = (Object[]) entityManager.createNativeQuery("SELECT checked, head_seq, head_hash, unsealed, "
                    + "broken_seq, broken_entry_id, problem FROM audit_chain_verify_since(:start, cast(:hash as char(64)))")
                    .setParameter("start", start)
                    .setParameter("hash", hash)
                    .getSingleResult();
            if (result[4] == null && result[1] != null) {
                entityManager.createNativeQuery("INSERT INTO audit_chain_checkpoint (chain_seq, entry_hash, verified_at, full_walk) "
                        + "VALUES (:seq, :hash, :at, :full) ON CONFLICT (chain_seq) DO NOTHING")
                        .setParameter("seq", ((Number) result[1]).longValue())
                        .setParameter("hash", result[2].toString())
                        .setParameter("at", Timestamps.now())
                        .setParameter("full", checkpoints.isEmpty())
                        .executeUpdate();
            }
            return new Walked(start, result);
        });
        Object[] row = walked.row();
        Broken broken = row[4] == null ? null
                : new Broken(((Number) row[4]).longValue(), row[5] == null ? null : ((Number) row[5]).longValue(), (String) row[6]);
        Verification verification = new Verification(broken == null, walked.from(), ((Number) row[0]).longValue(),
                row[1] == null ? null : ((Number) row[1]).longValue(), row[2] == null ? null : row[2].toString(),
                ((Number) row[3]).longValue(), broken);
        if (broken != null) {
            Log.errorf("AUDIT CHAIN BROKEN at position %d (entry %s): %s", broken.sequence(), broken.entryId(), broken.problem());
        }
        return verification;
    }
}
