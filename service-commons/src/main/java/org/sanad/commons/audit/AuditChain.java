package org.sanad.commons.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The audit log's hash chain (service-commons' migration {@code V0_3}). Requests only insert
 * entries; this seals them, every second, in one short transaction per batch through the
 * database's {@code audit_chain_seal}, which numbers and links them under an advisory lock, so
 * several replicas never seal at once and the chain has one order. {@link #verify()} walks it
 * with {@code audit_chain_verify}, the same SQL an operator runs ({@code scripts/verify-audit.sh}).
 */
@ApplicationScoped
public class AuditChain {

    static final int BATCH = 1000;

    @Inject
    EntityManager entityManager;

    @Inject
    AuditLog audit;

    @Schema(name = "AuditChainVerification", description = "The audit log's hash chain, walked from its first entry")
    public record Verification(
            @Schema(description = "Whether every sealed entry still holds") boolean intact,
            long checkedEntries,
            @Schema(description = "The last sealed entry's position; an anchor kept elsewhere shows whether the chain was rewritten")
            Long headSequence,
            String headHash,
            @Schema(description = "Entries written in the last moments, not yet sealed") long unsealedEntries,
            @Schema(description = "The first entry that does not hold, absent when intact") Broken firstBroken) {
    }

    @Schema(name = "AuditChainBreak")
    public record Broken(long sequence, long entryId,
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

    /** Walks the chain for the caller, an auditor; the walk itself is audited. */
    public Verification verify() {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> {
            audit.success(AuditAction.AUDIT_CHAIN_VERIFY, AuditRecordType.AUDIT_LOG, "chain");
            return (Object[]) entityManager
                    .createNativeQuery("SELECT checked, head_seq, head_hash, unsealed, broken_seq, broken_entry_id, problem "
                            + "FROM audit_chain_verify()")
                    .getSingleResult();
        });
        Broken broken = row[4] == null ? null
                : new Broken(((Number) row[4]).longValue(), ((Number) row[5]).longValue(), (String) row[6]);
        Verification verification = new Verification(broken == null, ((Number) row[0]).longValue(),
                row[1] == null ? null : ((Number) row[1]).longValue(), row[2] == null ? null : row[2].toString(),
                ((Number) row[3]).longValue(), broken);
        if (broken != null) {
            Log.errorf("AUDIT CHAIN BROKEN at entry %d (position %d): %s", broken.entryId(), broken.sequence(),
                    broken.problem());
        }
        return verification;
    }
}
