package org.sanad.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

/**
 * A fingerprint of a service's tables: per table its row count and the sum of its rows' {@code xmin}
 * (the transaction that wrote each row version), so any insert, update or delete changes it. The
 * tables named as excluded are records of the request itself (the audit log), which a refusal
 * writes on purpose; tables the service's role may not read (Flyway's history) are not its data.
 */
public final class DataFingerprint {

    private DataFingerprint() {
    }

    public static Supplier<String> of(DataSource dataSource, Set<String> excludedTables) {
        return () -> {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery(
                        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                                + "AND has_table_privilege(format('%I.%I', schemaname, tablename), 'SELECT') ORDER BY tablename")) {
                    while (rows.next()) {
                        if (!excludedTables.contains(rows.getString(1))) {
                            tables.add(rows.getString(1));
                        }
                    }
                }
                String query = String.join(" || '|' || ", tables.stream().map(table -> "(SELECT '" + table
                        + ":' || count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) FROM " + table + ")").toList());
                try (ResultSet fingerprint = statement.executeQuery("SELECT " + query)) {
                    fingerprint.next();
                    return fingerprint.getString(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot fingerprint the service's data", e);
            }
        };
    }
}
