package org.sanad.audit;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sanad.core.time.Timestamps;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * The nightly walk of the whole chain ({@code sanad.audit.full-walk-cron}): the regular walk starts
 * at the last checkpoint and cannot see a change before it; this one recomputes every entry and
 * reports every break, not only the first: each as an ERROR log and an {@code audit.chain.break}
 * entry, and their number as the gauge {@code sanad_audit_chain_breaks}. Every replica's scheduler
 * fires; the first to take the advisory lock walks, and a walk recorded less than
 * {@code sanad.audit.full-walk-gap} before is not repeated, so two replicas walk once.
 */
@ApplicationScoped
public class AuditChainFullWalk {

    @Inject
    AuditChain chain;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "sanad.audit.full-walk-gap", defaultValue = "PT1H")
    Duration gap;

    void register(@Observes StartupEvent started) {
        Gauge.builder("sanad.audit.chain.breaks", this, AuditChainFullWalk::breaks)
                .description("Breaks of the audit chain the last scheduled full walk found (0 when intact)").register(registry);
    }

    @Scheduled(cron = "${sanad.audit.full-walk-cron:0 30 2 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledWalk() {
        walk();
    }

    /** Walks the whole chain unless another replica is walking it or just did; answers the walk, or null when skipped. */
    public AuditChain.Verification walk() {
        return chain.walk(true, this::begin, this::record);
    }

    private boolean begin() {
        boolean locked = (Boolean) entityManager.createNativeQuery(
                "SELECT pg_try_advisory_xact_lock(hashtext('sanad.audit_chain_full_walk'))").getSingleResult();
        if (!locked || ((Number) entityManager.createNativeQuery("SELECT count(*) FROM audit_chain_full_walk WHERE walked_at > :since")
                .setParameter("since", Timestamps.now().minus(gap)).getSingleResult()).longValue() > 0) {
            return false;
        }
        audit.system(AuditLogAction.AUDIT_CHAIN_VERIFY, AuditLogRecord.AUDIT_LOG, "chain");
        return true;
    }

    private void record(AuditChain.Verification walked) {
        for (AuditChain.Broken broken : walked.breaks()) {
            audit.system(AuditLogAction.AUDIT_CHAIN_BREAK, AuditLogRecord.AUDIT_LOG, broken.sequence() + ":" + broken.problem());
        }
        entityManager.createNativeQuery("INSERT INTO audit_chain_full_walk (walked_at, checked, head_seq, breaks) "
                + "VALUES (:at, :checked, :head, :breaks)")
                .setParameter("at", Timestamps.now())
                .setParameter("checked", walked.checkedEntries())
                .setParameter("head", walked.headSequence())
                .setParameter("breaks", walked.breakCount())
                .executeUpdate();
    }

    double breaks() {
        return QuarkusTransaction.requiringNew().call(() -> {
            var rows = entityManager.createNativeQuery("SELECT breaks FROM audit_chain_full_walk ORDER BY walked_at DESC LIMIT 1")
                    .getResultList();
            return rows.isEmpty() ? 0 : ((Number) rows.get(0)).doubleValue();
        });
    }
}
