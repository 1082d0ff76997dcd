package org.sanad.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The text columns of a service's database after its migrations, read from the schema as a
 * superuser, and which of them the migrations declare encrypted (a check that their values are
 * {@code enc2:}, the convention sanad-privacy's rotation reads too). A service's test holds every
 * other text column on an allow-list with its reason, so a new column a person writes cannot be
 * added in clear unnoticed.
 */
public final class TextColumns {

    private static final String SUPERUSER = System.getProperty("sanad.test.superuser", "postgres");

    /** The libraries' own columns, in clear in every service's database, and why. */
    public static final Map<String, String> LIBRARIES = Map.ofEntries(
            Map.entry("audit_entry.action", "an audit action's code"),
            Map.entry("audit_entry.record_type", "an audit record type's code"),
            Map.entry("audit_entry.record_id", "a record's id, or where an encrypted value is; never a value"),
            Map.entry("audit_entry.actor_subject", "the token subject (an id) of who acted"),
            Map.entry("audit_entry.actor_roles", "role codes"),
            Map.entry("audit_entry.outcome", "an enum code"),
            Map.entry("audit_entry.prev_hash", "a SHA-256 of the chain"),
            Map.entry("audit_entry.entry_hash", "a SHA-256 of the chain"),
            Map.entry("audit_chain_checkpoint.entry_hash", "a SHA-256 of the chain"),
            Map.entry("outbox_event.aggregate_id", "a record's id"),
            Map.entry("outbox_event.destination", "a service's name"),
            Map.entry("outbox_event.path", "a path of the receiving service's API"),
            Map.entry("outbox_event.type", "a hand-off type's code"),
            Map.entry("outbox_event.status", "an enum code"),
            Map.entry("outbox_event.last_error", "the receiving service's answer to a delivery, kept for an administrator"),
            Map.entry("officer.subject", "the officer's token subject (an id)"),
            Map.entry("officer.display_name", "an officer's name from their token, shown to colleagues; not a victim's"),
            Map.entry("officer.roles", "role codes"),
            Map.entry("officer.governorate", "an ISO 3166-2 code"),
            Map.entry("officer.gender", "an enum code"),
            Map.entry("evidence_object.key_id", "a master key's id"),
            Map.entry("evidence_object.sha256", "the SHA-256 of the stored bytes"),
            Map.entry("evidence_object.storage", "an enum code"),
            Map.entry("flyway_schema_history.version", "Flyway's history of the migrations"),
            Map.entry("flyway_schema_history.description", "Flyway's history of the migrations"),
            Map.entry("flyway_schema_history.type", "Flyway's history of the migrations"),
            Map.entry("flyway_schema_history.script", "Flyway's history of the migrations"),
            Map.entry("flyway_schema_history.installed_by", "Flyway's history of the migrations"));

    private TextColumns() {
    }

    /**
     * Fails unless every text column ({@code table.column}: text, varchar, char, json, jsonb and arrays of them)
     * of the database's public tables is declared encrypted, or in {@code inClear} (the service's
     * own, with their reasons) or {@link #LIBRARIES}; and unless every entry of {@code inClear} is
     * such a column in clear (not encrypted since, not gone).
     */
    public static void assertAccountedFor(String jdbcUrl, Map<String, String> inClear) throws SQLException {
        Mismatches found = check(jdbcUrl, inClear);
        assertEquals(Set.of(), found.neitherEncryptedNorAllowed(), "text columns neither encrypted nor allowed in clear");
        assertEquals(Set.of(), found.allowedButNotInClear(), "allowed in clear but encrypted or gone: take them out");
    }

    static Mismatches check(String jdbcUrl, Map<String, String> inClear) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, SUPERUSER,
                System.getProperty("sanad.test.superuser-password", ""))) {
            Set<String> clear = new TreeSet<>(names(connection, "SELECT c.table_name || '.' || c.column_name "
                    + "FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name) "
                    + "WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND (c.data_type IN "
                    + "('text', 'character varying', 'character', 'json', 'jsonb') "
                    + "OR c.udt_name IN ('_text', '_varchar', '_bpchar', '_json', '_jsonb'))"));
            if (clear.isEmpty()) {
                throw new IllegalStateException("no text column: is this the service's migrated database?");
            }
            clear.removeAll(encrypted(connection));
            Set<String> unexplained = new TreeSet<>(clear);
            unexplained.removeAll(LIBRARIES.keySet());
            unexplained.removeAll(inClear.keySet());
            Map<String, String> stale = new TreeMap<>(inClear);
            stale.keySet().removeAll(clear);
            return new Mismatches(unexplained, stale.keySet());
        }
    }

    /** What {@link #check} found: both empty when every text column is accounted for. */
    record Mismatches(Set<String> neitherEncryptedNorAllowed, Set<String> allowedButNotInClear) {
    }

    private static Set<String> encrypted(Connection connection) throws SQLException {
        return names(connection, "SELECT c.conrelid::regclass::text || '.' || a.attname FROM pg_constraint c "
                + "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
                + "WHERE c.contype = 'c' AND cardinality(c.conkey) = 1 "
                + "AND pg_get_constraintdef(c.oid) ~ '''\\^enc(2|\\[12\\]):'");
    }

    private static Set<String> names(Connection connection, String sql) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
