package org.sanad.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import jakarta.annotation.Nullable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.audit.anchor.AuditAnchors;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * The audit log's hash chain (sanad-audit's migration {@code V0_3}). Requests only insert
 * entries; this seals them, every second, in one short transaction per batch through the
 * database's {@code audit_chain_seal}, which numbers and links them under an advisory lock, so
 * several replicas never seal at once and the chain has one order. {@link #verify(boolean)} walks
 * it with {@code audit_chain_walk} ({@code V0_29_1}): from the last checkpoint, which costs the
 * entries sealed since, or in full from position 1; only that walk may record its head as the next
 * checkpoint. Every walk also compares the chain with the newest head anchored outside the database
 * ({@link AuditAnchors}) and, when all holds, anchors its own head. Every ten minutes the service
 * walks from its last checkpoint itself, and the breaks it found are the gauge
 * {@code sanad_audit_chain_recent_breaks} (a broken walk keeps no checkpoint, so the next walk
 * finds them again until the chain is mended); {@link AuditChainFullWalk} walks it all every night.
 */
@ApplicationScoped
public class AuditChain {

    static final int BATCH = 1000;

    /** Breaks listed one by one in a walk's answer, its log and the full walk's audit entries; all are counted. */
    static final int LISTED_BREAKS = 1000;

    /** A full walk of a long log takes seconds (about 4 s a million entries here); bounded well above that. */
    private static final int WALK_TIMEOUT_SECONDS = 600;

    @Inject
    EntityManager entityManager;

    @Inject
    AuditLog audit;

    @Inject
    AuditAnchors anchors;

    @Inject
    MeterRegistry registry;

    /** The breaks this replica's last scheduled walk found (0 before its first). */
    private final AtomicLong recentBreaks = new AtomicLong();

    void register(@Observes StartupEvent started) {
        Gauge.builder("sanad.audit.chain.recent.breaks", recentBreaks, AtomicLong::doubleValue)
                .description("Breaks of the audit chain this replica's last scheduled walk from the checkpoint found (0 when intact)")
                .register(registry);
    }

    @Schema(name = "AuditChainVerification", description = "The audit log's hash chain, walked from its first entry "
            + "or from the last checkpoint, and compared with the newest head anchored outside the database")
    public record Verification(
            @Schema(description = "Whether every entry walked still holds, and the chain still holds the anchored head") boolean intact,
            @Schema(description = "Where the walk began: 1 (the first entry), or the last checkpoint, the head of an "
                    + "earlier intact walk, whose entry is checked again with all after it") long fromSequence,
            long checkedEntries,
            @Schema(description = "The last sealed entry's position; null before the first") @Nullable Long headSequence,
            @Schema(description = "The last sealed entry's hash, lower-case hex; null before the first",
                    example = "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b") @Nullable String headHash,
            @Schema(description = "Entries written in the last moments, not yet sealed") long unsealedEntries,
            @Schema(description = "The first entry that does not hold; null when intact") @Nullable Broken firstBroken,
            @Schema(description = "Every break found, in order (at most 1000; breakCount counts them all)") List<Broken> breaks,
            long breakCount,
            @Schema(description = "The comparison with the newest anchored head; null when the service anchors none") @Nullable AnchorCheck anchor,
            @Schema(description = "The last scheduled full walk; null before the first") @Nullable FullWalk lastFullWalk) {
    }

    @Schema(name = "AuditChainBreak")
    public record Broken(long sequence,
            @Schema(description = "The entry at that position; null when every entry from there on was removed") @Nullable Long entryId,
            @Schema(description = "CHANGED: its content no longer gives its hash; MISSING_BEFORE: entries before it were removed; "
                    + "LINK_BROKEN: it does not follow the entry before it (one was inserted, replaced or re-sealed); "
                    + "ANCHOR_MISMATCH: the chain no longer holds the head anchored at that position outside the database; "
                    + "ANCHOR_FORGED: an anchor claiming that position is not signed by the service's key (0 when unreadable)",
                    example = "CHANGED")
            String problem) {
    }

    @Schema(name = "AuditChainAnchorCheck")
    public record AnchorCheck(
            @Schema(description = "HOLDS: the chain holds the newest anchored head; MISMATCH: it does not; NONE: no head "
                    + "anchored yet; UNAVAILABLE: the anchors could not be read", example = "HOLDS") String state,
            @Schema(description = "The anchored head's position; null when none is anchored or readable") @Nullable Long sequence,
            @Nullable Instant anchoredAt) {
    }

    @Schema(name = "AuditChainFullWalk", description = "What the last scheduled full walk found")
    public record FullWalk(Instant walkedAt, long checkedEntries, @Nullable Long headSequence, long breakCount) {
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
        return walk(full, () -> {
            audit.success(AuditLogAction.AUDIT_CHAIN_VERIFY, AuditLogRecord.AUDIT_LOG, "chain");
            return true;
        }, walked -> {
        });
    }

    /** Walks the entries sealed since the last checkpoint, as the service itself, and alerts on a break. */
    @Scheduled(every = "${sanad.audit.verify-every:10m}", delayed = "${sanad.audit.verify-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledVerification() {
        Verification walked = walk(false, () -> {
            audit.system(AuditLogAction.AUDIT_CHAIN_VERIFY, AuditLogRecord.AUDIT_LOG, "chain");
            return true;
        }, verification -> {
        });
        if (walked != null) {
            recentBreaks.set(walked.breakCount());
        }
    }

    /**
     * The walk, in one transaction: {@code begin} first (it audits the walk, or answers false to
     * skip it: the answer is then null), the anchor comparison, the database's walk (which keeps its
     * head as a checkpoint only when all held), every break listed, and {@code end} last. The
     * anchors are read before and written after, outside the transaction.
     */
    Verification walk(boolean full, BooleanSupplier begin, Consumer<Verification> end) {
        AuditAnchors.Anchored anchored = anchors.enabled() ? anchors.read() : null;
        Verification verification = QuarkusTransaction.requiringNew().timeout(WALK_TIMEOUT_SECONDS).call(() -> {
            if (!begin.getAsBoolean()) {
                return null;
            }
            List<Broken> anchorBreaks = new ArrayList<>();
            AnchorCheck anchor = anchored == null ? null : compare(anchored, anchorBreaks);
            Object[] row = (Object[]) entityManager.createNativeQuery("SELECT from_seq, checked, head_seq, head_hash, "
                    + "unsealed, broken_seq, broken_entry_id, problem FROM audit_chain_walk(:full, :keep)")
                    .setParameter("full", full)
                    .setParameter("keep", anchorBreaks.isEmpty())
                    .getSingleResult();
            long from = ((Number) row[0]).longValue();
            List<Broken> breaks = new ArrayList<>(anchorBreaks);
            long breakCount = anchorBreaks.size();
            if (row[7] != null) {
                long listed = listBreaks(from, full, breaks);
                if (listed == 0) {
                    // repaired between the walk and the listing (another snapshot): the walk's own finding stands
                    breaks.add(new Broken(((Number) row[5]).longValue(), row[6] == null ? null : ((Number) row[6]).longValue(),
                            (String) row[7]));
                    listed = 1;
                }
                breakCount += listed;
            }
            breaks.sort((a, b) -> Long.compare(a.sequence(), b.sequence()));
            Verification walked = new Verification(breaks.isEmpty(), from, ((Number) row[1]).longValue(),
                    row[2] == null ? null : ((Number) row[2]).longValue(), row[3] == null ? null : row[3].toString(),
                    ((Number) row[4]).longValue(), breaks.isEmpty() ? null : breaks.get(0),
                    List.copyOf(breaks.subList(0, Math.min(breaks.size(), LISTED_BREAKS))), breakCount, anchor, lastFullWalk());
            end.accept(walked);
            return walked;
        });
        if (verification == null) {
            return null;
        }
        for (Broken broken : verification.breaks()) {
            Log.errorf("AUDIT CHAIN BROKEN at position %d (entry %s): %s", broken.sequence(), broken.entryId(), broken.problem());
        }
        if (verification.breakCount() > verification.breaks().size()) {
            Log.errorf("AUDIT CHAIN BROKEN at %d more positions", verification.breakCount() - verification.breaks().size());
        }
        if (anchored != null && verification.intact() && verification.headSequence() != null
                && anchored.newest().map(a -> a.sequence() < verification.headSequence()).orElse(anchored.readable())) {
            anchors.anchor(verification.headSequence(), verification.headHash());
        }
        return verification;
    }

    private AnchorCheck compare(AuditAnchors.Anchored anchored, List<Broken> breaks) {
        anchored.forged().forEach(sequence -> breaks.add(new Broken(sequence, null, "ANCHOR_FORGED")));
        if (!anchored.readable()) {
            return new AnchorCheck("UNAVAILABLE", null, null);
        }
        if (anchored.newest().isEmpty()) {
            return new AnchorCheck("NONE", null, null);
        }
        AuditAnchors.Anchor anchor = anchored.newest().get();
        @SuppressWarnings("unchecked")
        List<Object[]> entries = entityManager.createNativeQuery("SELECT id, entry_hash FROM audit_entry WHERE chain_seq = :seq")
                .setParameter("seq", anchor.sequence()).getResultList();
        boolean holds = entries.size() == 1 && anchor.headHash().equals(entries.get(0)[1].toString());
        if (!holds) {
            breaks.add(new Broken(anchor.sequence(), entries.isEmpty() ? null : ((Number) entries.get(0)[0]).longValue(),
                    "ANCHOR_MISMATCH"));
        }
        return new AnchorCheck(holds ? "HOLDS" : "MISMATCH", anchor.sequence(), anchor.anchoredAt());
    }

    /** Adds the walk's breaks, at most {@link #LISTED_BREAKS}, to {@code breaks}; answers how many there are. */
    private long listBreaks(long from, boolean full, List<Broken> breaks) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT broken_seq, broken_entry_id, problem, breaks "
                + "FROM audit_chain_breaks(:from, (SELECT entry_hash FROM audit_chain_checkpoint WHERE chain_seq = :from "
                + "AND NOT :full), :max)")
                .setParameter("from", from)
                .setParameter("full", full)
                .setParameter("max", LISTED_BREAKS)
                .getResultList();
        for (Object[] row : rows) {
            breaks.add(new Broken(((Number) row[0]).longValue(), row[1] == null ? null : ((Number) row[1]).longValue(),
                    (String) row[2]));
        }
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)[3]).longValue();
    }

    private FullWalk lastFullWalk() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT walked_at, checked, head_seq, breaks "
                + "FROM audit_chain_full_walk ORDER BY walked_at DESC LIMIT 1").getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = rows.get(0);
        return new FullWalk(instant(row[0]), ((Number) row[1]).longValue(),
                row[2] == null ? null : ((Number) row[2]).longValue(), ((Number) row[3]).longValue());
    }

    /** A {@code timestamptz} as the JDBC driver hands it to a native query. */
    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
