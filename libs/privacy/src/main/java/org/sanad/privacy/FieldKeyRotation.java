package org.sanad.privacy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.sanad.audit.AuditLog;
import org.sanad.privacy.DataKeys;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Re-encrypts personal data written under a retired master key with the active one, part of the
 * same rotation as evidence data keys. The encrypted columns are the ones the migrations guard
 * with a check that their values are {@code enc1:} (so a new encrypted column joins the rotation by
 * its migration alone); each row has a uuid {@code id}. A batch per short transaction, rows other
 * replicas hold skipped.
 */
@ApplicationScoped
public class FieldKeyRotation {

    static final int BATCH = 500;

    @Inject
    EntityManager entityManager;

    @Inject
    DataKeys keys;

    @Inject
    FieldEncryption encryption;

    @Inject
    AuditLog audit;

    /** A column holding encrypted values. */
    public record EncryptedColumn(String table, String column) {
    }

    /** The columns the migrations declare encrypted, read from their check constraints. */
    @SuppressWarnings("unchecked")
    public List<EncryptedColumn> columns() {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT c.conrelid::regclass::text, a.attname FROM pg_constraint c "
                        + "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
                        + "WHERE c.contype = 'c' AND cardinality(c.conkey) = 1 "
                        + "AND pg_get_constraintdef(c.oid) LIKE '%''enc1:\\%''%' ORDER BY 1, 2").getResultList());
        return rows.stream().map(row -> new EncryptedColumn((String) row[0], (String) row[1])).toList();
    }

    /** How many values each master key encrypts now, over every encrypted column. */
    public Map<String, Long> valuesByKey() {
        Map<String, Long> byKey = new TreeMap<>();
        for (EncryptedColumn column : columns()) {
            List<?> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                    "SELECT split_part(" + column.column() + ", ':', 2), count(*) FROM " + column.table() + " WHERE "
                            + column.column() + " IS NOT NULL GROUP BY 1", Object[].class).getResultList());
            for (Object row : rows) {
                Object[] values = (Object[]) row;
                byKey.merge((String) values[0], ((Number) values[1]).longValue(), Long::sum);
            }
        }
        return byKey;
    }

    /** Re-encrypts every value not under the active key; answers how many. */
    public long rotate() {
        long rotated = 0;
        for (EncryptedColumn column : columns()) {
            int batch;
            do {
                batch = QuarkusTransaction.requiringNew().call(() -> rotateBatch(column));
                rotated += batch;
            } while (batch == BATCH);
        }
        return rotated;
    }

    @SuppressWarnings("unchecked")
    private int rotateBatch(EncryptedColumn column) {
        String activePrefix = FieldEncryption.PREFIX + keys.activeId() + ":%";
        List<Object[]> rows = entityManager.createNativeQuery("SELECT id, " + column.column() + " FROM " + column.table()
                + " WHERE " + column.column() + " IS NOT NULL AND " + column.column() + " NOT LIKE :active "
                + "ORDER BY id LIMIT :batch FOR UPDATE SKIP LOCKED").setParameter("active", activePrefix)
                .setParameter("batch", BATCH).getResultList();
        for (Object[] row : rows) {
            String value = encryption.encrypt(encryption.decrypt((String) row[1]));
            entityManager.createNativeQuery("UPDATE " + column.table() + " SET " + column.column() + " = :value WHERE id = :id")
                    .setParameter("value", value).setParameter("id", (UUID) row[0]).executeUpdate();
        }
        if (!rows.isEmpty()) {
            audit.success(KeyAuditAction.EVIDENCE_KEY_ROTATION, KeyAuditRecord.EVIDENCE_KEY, keys.activeId() + " ("
                    + rows.size() + " values of " + column.table() + "." + column.column() + " re-encrypted)");
        }
        return rows.size();
    }
}
