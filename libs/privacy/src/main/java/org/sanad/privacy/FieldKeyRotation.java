package org.sanad.privacy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.sanad.audit.AuditLog;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Rewrites every value of the encrypted columns that is not sealed to its row under the active
 * master key: values under a retired key (the same rotation as evidence data keys), values of the
 * first, unbound form ({@code enc1:}), and clear text left in a column encrypted since it was
 * written. The encrypted columns are the ones the migrations guard with a check that their values
 * are {@code enc2:} (or, until their rotation, {@code enc1:}), so a new encrypted column joins the
 * rotation by its migration alone. A row is named by its primary key ({@link FieldAddress}). A batch
 * per short transaction, rows other replicas hold skipped; a value that does not open where it is
 * is left as it is, logged, and refused when read.
 */
@ApplicationScoped
public class FieldKeyRotation {

    static final int BATCH = 500;
    /** The check of an encrypted column: its values start {@code enc2:} (or {@code enc1:}). */
    private static final String ENCRYPTED_CHECK = "pg_get_constraintdef(c.oid) ~ '''(\\^enc(2|\\[12\\])|enc1):'";

    @Inject
    EntityManager entityManager;

    @Inject
    DataKeys keys;

    @Inject
    FieldEncryption encryption;

    @Inject
    AuditLog audit;

    /** A column holding encrypted values, and its table's primary key columns in the order of their names. */
    public record EncryptedColumn(String table, String column, List<String> key) {

        /** The row as {@link FieldAddress} names it, in SQL. */
        String rowExpression() {
            return String.join(" || '/' || ", key.stream().map(k -> "'" + k + "=' || " + k + "::text").toList());
        }

        String orderExpression() {
            return String.join(", ", key);
        }
    }

    /** The columns the migrations declare encrypted, read from their check constraints. */
    @SuppressWarnings("unchecked")
    public List<EncryptedColumn> columns() {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT c.conrelid::regclass::text, a.attname, (SELECT array_agg(k.attname::text ORDER BY k.attname) "
                        + "FROM pg_index i JOIN pg_attribute k ON k.attrelid = i.indrelid AND k.attnum = ANY (i.indkey) "
                        + "WHERE i.indrelid = c.conrelid AND i.indisprimary) FROM pg_constraint c "
                        + "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
                        + "WHERE c.contype = 'c' AND cardinality(c.conkey) = 1 AND " + ENCRYPTED_CHECK + " ORDER BY 1, 2")
                .getResultList());
        return rows.stream().map(row -> new EncryptedColumn((String) row[0], (String) row[1], List.of((String[]) row[2])))
                .toList();
    }

    /**
     * How many values each master key encrypts now, over every encrypted column; values of the
     * unbound form count under {@code <key>(enc1)}, clear ones under {@code (clear)}.
     */
    public Map<String, Long> valuesByKey() {
        Map<String, Long> byKey = new TreeMap<>();
        for (EncryptedColumn column : columns()) {
            String value = column.column();
            List<?> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                    "SELECT CASE WHEN " + value + " LIKE 'enc2:%' THEN split_part(" + value + ", ':', 2) "
                            + "WHEN " + value + " LIKE 'enc1:%' THEN split_part(" + value + ", ':', 2) || '(enc1)' "
                            + "ELSE '(clear)' END, count(*) FROM " + column.table() + " WHERE " + value
                            + " IS NOT NULL GROUP BY 1", Object[].class).getResultList());
            for (Object row : rows) {
                Object[] values = (Object[]) row;
                byKey.merge((String) values[0], ((Number) values[1]).longValue(), Long::sum);
            }
        }
        return byKey;
    }

    /** Rewrites every value not sealed under the active key, for an administrator; answers how many. */
    public long rotate() {
        return rewrite(column -> columnNotCurrent(column, true),
                rewritten -> audit.success(KeyAuditAction.EVIDENCE_KEY_ROTATION, KeyAuditRecord.EVIDENCE_KEY, rewritten));
    }

    /**
     * Seals every value still clear or of the unbound form, and writes the missing seals of rows
     * written before their {@link SealOf} seal column, by the service itself (at start): the values
     * under a retired key wait for an administrator's rotation. Answers how many.
     */
    public long sealUnbound() {
        Consumer<String> audited = rewritten -> audit.system(KeyAuditAction.EVIDENCE_KEY_ROTATION,
                KeyAuditRecord.EVIDENCE_KEY, rewritten);
        long sealed = rewrite(column -> columnNotCurrent(column, false), audited);
        for (SealColumn seal : sealColumns()) {
            // what the seal holds, as EncryptedFields writes it: the sealed values as text, joined by '/'
            String values = "concat_ws('/', " + String.join(", ", seal.sealed().stream()
                    .map(c -> "coalesce(" + c + "::text, '')").toList()) + ")";
            Set<String> unreadable = new LinkedHashSet<>();
            Batch batch;
            do {
                batch = QuarkusTransaction.requiringNew().call(() -> rewriteBatch(seal.column(), seal.column().column()
                        + " IS NULL", values, unreadable, audited));
                sealed += batch.rewritten();
            } while (batch.selected() == BATCH);
        }
        return sealed;
    }

    /** A {@link SealOf} seal's column, and the columns it seals, named by its comment ({@code seal of: a, b}). */
    record SealColumn(EncryptedColumn column, List<String> sealed) {
    }

    @SuppressWarnings("unchecked")
    List<SealColumn> sealColumns() {
        Map<String, EncryptedColumn> encrypted = new TreeMap<>();
        columns().forEach(c -> encrypted.put(c.table() + "." + c.column(), c));
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT a.attrelid::regclass::text, a.attname, col_description(a.attrelid, a.attnum) FROM pg_attribute a "
                        + "JOIN pg_class r ON r.oid = a.attrelid JOIN pg_namespace n ON n.oid = r.relnamespace "
                        + "WHERE n.nspname = current_schema() AND col_description(a.attrelid, a.attnum) LIKE 'seal of%' "
                        + "ORDER BY 1, 2").getResultList());
        return rows.stream().filter(row -> encrypted.containsKey(row[0] + "." + row[1]))
                .map(row -> new SealColumn(encrypted.get(row[0] + "." + row[1]), List.of(((String) row[2])
                        .substring("seal of:".length()).strip().split("\\s*,\\s*")))).toList();
    }

    private static String columnNotCurrent(EncryptedColumn column, boolean retiredKeysToo) {
        return column.column() + " IS NOT NULL AND " + column.column()
                + (retiredKeysToo ? " NOT LIKE :active" : " NOT LIKE 'enc2:%'");
    }

    private long rewrite(Function<EncryptedColumn, String> selection, Consumer<String> audited) {
        long rewritten = 0;
        for (EncryptedColumn column : columns()) {
            Set<String> unreadable = new LinkedHashSet<>();
            int selected;
            do {
                Batch batch = QuarkusTransaction.requiringNew().call(() -> rewriteBatch(column, selection.apply(column),
                        column.column(), unreadable, audited));
                rewritten += batch.rewritten();
                selected = batch.selected();
            } while (selected == BATCH);
        }
        return rewritten;
    }

    /** How many rows a batch selected, and how many of their values it rewrote. */
    private record Batch(int selected, int rewritten) {
    }

    /**
     * Rewrites up to a batch of the column's values; a rewritten value no longer matches the
     * selection, and one that does not open is added to {@code unreadable} (by its row's physical
     * place, stable while it is not written) and not selected again.
     */
    @SuppressWarnings("unchecked")
    private Batch rewriteBatch(EncryptedColumn column, String selection, String value, Set<String> unreadable,
            Consumer<String> audited) {
        var query = entityManager.createNativeQuery("SELECT ctid::text, " + column.rowExpression() + ", " + value
                + " FROM " + column.table() + " WHERE " + selection + " AND ctid::text <> ALL (CAST(:unreadable AS text[])) "
                + "ORDER BY " + column.orderExpression() + " LIMIT :batch FOR UPDATE SKIP LOCKED")
                .setParameter("unreadable", unreadable.stream().map(t -> '"' + t + '"').collect(Collectors.joining(",", "{", "}")))
                .setParameter("batch", BATCH);
        if (selection.contains(":active")) {
            query.setParameter("active", FieldEncryption.PREFIX + keys.activeId() + ":%");
        }
        List<Object[]> rows = query.getResultList();
        int rewritten = 0;
        for (Object[] found : rows) {
            FieldAddress address = new FieldAddress(column.table(), column.column(), (String) found[1]);
            String sealed;
            try {
                sealed = encryption.seal(encryption.open((String) found[2], address), address);
            } catch (FieldEncryption.UnreadableValueException e) {
                Log.errorf("INTEGRITY FAILURE: %s; left as it is", e.getMessage());
                unreadable.add((String) found[0]);
                continue;
            }
            entityManager.createNativeQuery("UPDATE " + column.table() + " SET " + column.column() + " = :value "
                    + "WHERE ctid = CAST(:place AS tid)").setParameter("value", sealed).setParameter("place", found[0])
                    .executeUpdate();
            rewritten++;
        }
        if (rewritten > 0) {
            audited.accept(keys.activeId() + " (" + rewritten + " values of " + column.table() + "." + column.column()
                    + " re-encrypted)");
        }
        return new Batch(rows.size(), rewritten);
    }
}
