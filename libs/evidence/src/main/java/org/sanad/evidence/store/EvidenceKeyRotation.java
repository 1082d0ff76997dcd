package org.sanad.evidence.store;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.audit.AuditLog;
import org.sanad.privacy.FieldKeyRotation;
import org.sanad.privacy.KeyRotationMetrics;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.sanad.privacy.KeyAuditAction;
import org.sanad.privacy.KeyAuditRecord;
import org.sanad.privacy.DataKeys;

/**
 * Re-wraps the data keys of every evidence object wrapped by a retired master key under the
 * active one, a batch per short transaction with its audit entry; the objects' bytes are not
 * touched. Personal data encrypted field by field under a retired key is re-encrypted in the same
 * run ({@link FieldKeyRotation}), after which the retired key can be dropped. A rotation that
 * finds nothing to re-wrap is audited too. Several replicas may run it at once: each batch skips
 * rows another has locked.
 */
@ApplicationScoped
public class EvidenceKeyRotation {

    static final int BATCH = 500;

    @Inject
    EntityManager entityManager;

    @Inject
    DataKeys keys;

    @Inject
    AuditLog audit;

    @Inject
    FieldKeyRotation fields;

    @Inject
    KeyRotationMetrics metrics;

    /** How many evidence objects each master key wraps, and how many personal-data values it encrypts. */
    public record KeyUse(@Schema(example = "2026-03") String activeKeyId, Map<String, Long> objectsByKey,
            Map<String, Long> fieldValuesByKey) {
    }

    public record Rotation(long rewrapped, long fieldValuesReencrypted, KeyUse keys) {
    }

    public KeyUse use() {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT key_id, count(*) FROM evidence_object GROUP BY key_id", Object[].class).getResultList());
        Map<String, Long> byKey = new TreeMap<>();
        rows.forEach(row -> byKey.put((String) row[0], ((Number) row[1]).longValue()));
        return new KeyUse(keys.activeId(), byKey, fields.valuesByKey());
    }

    /** Moves everything off the retired keys; its end or its failure is counted ({@link KeyRotationMetrics}). */
    public Rotation rotate() {
        return metrics.recorded(() -> {
            long rewrapped = 0;
            int batch;
            do {
                batch = QuarkusTransaction.requiringNew().call(this::rewrapBatch);
                rewrapped += batch;
            } while (batch == BATCH);
            return new Rotation(rewrapped, fields.rotate(), use());
        });
    }

    @SuppressWarnings("unchecked")
    private int rewrapBatch() {
        List<Object[]> rows = entityManager.createNativeQuery("SELECT id, key_id, wrapped_key FROM evidence_object "
                + "WHERE key_id <> :active ORDER BY id LIMIT :batch FOR UPDATE SKIP LOCKED")
                .setParameter("active", keys.activeId()).setParameter("batch", BATCH).getResultList();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            byte[] wrapped = keys.rewrap((String) row[1], (byte[]) row[2], id);
            entityManager.createNativeQuery("UPDATE evidence_object SET key_id = :key, wrapped_key = :wrapped WHERE id = :id")
                    .setParameter("key", keys.activeId()).setParameter("wrapped", wrapped).setParameter("id", id)
                    .executeUpdate();
        }
        // audited with the batch it records, so the log never misses a committed re-wrap
        audit.success(KeyAuditAction.EVIDENCE_KEY_ROTATION, KeyAuditRecord.EVIDENCE_KEY,
                keys.activeId() + " (" + rows.size() + " re-wrapped)");
        return rows.size();
    }
}
