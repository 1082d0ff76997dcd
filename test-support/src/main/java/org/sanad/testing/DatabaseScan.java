package org.sanad.testing;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Greps a service's whole database for a marker, as a superuser who reads every table: each row
 * as text (bytea columns print as hex, so the marker's hex is looked for too). What a stolen
 * backup or a curious database administrator would see.
 */
public final class DatabaseScan {

    private static final String SUPERUSER = System.getProperty("sanad.test.superuser", "postgres");

    private DatabaseScan() {
    }

    /** The tables (schema.table) of which some row holds {@code marker}, as text or as bytes. */
    public static List<String> tablesHolding(String jdbcUrl, String marker) throws SQLException {
        String hex = HexFormat.of().formatHex(marker.getBytes(StandardCharsets.UTF_8));
        List<String> holding = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, SUPERUSER,
                System.getProperty("sanad.test.superuser-password", ""))) {
            for (String table : tables(connection)) {
                try (PreparedStatement scan = connection.prepareStatement("SELECT count(*) FROM " + table
                        + " t WHERE strpos(t::text, ?) > 0 OR strpos(t::text, ?) > 0")) {
                    scan.setString(1, marker);
                    scan.setString(2, hex);
                    try (ResultSet count = scan.executeQuery()) {
                        count.next();
                        if (count.getLong(1) > 0) {
                            holding.add(table);
                        }
                    }
                }
            }
        }
        return holding;
    }

    /** Every table of the service's schemas, at least one of which must exist. */
    public static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement list = connection.prepareStatement("SELECT quote_ident(schemaname) || '.' || "
                + "quote_ident(tablename) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') "
                + "ORDER BY 1");
                ResultSet rows = list.executeQuery()) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("no table to scan: is this the service's database?");
        }
        return tables;
    }
}
