package org.sanad.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * A next release's migration of complaints-service, rehearsed on the running suite's database
 * (docs/operations/upgrades.md, "What the e2e proves"): the migrations the service ships, plus
 * those of e2e/src/test/resources/upgrade/complaints-service (an expansion: a nullable column, a
 * table, an index built CONCURRENTLY), applied by Flyway as the next release's migration Job would:
 * as the schema's owner, out of order allowed, with the session lock (FlywaySessionLock). The
 * service's own locations are build-time in Quarkus, so its jar cannot be pointed at the extra
 * migrations: Flyway runs here, on the same files the jar was built from.
 */
final class Rehearsal {

    static final String SERVICE = "complaints-service";
    static final Path MIGRATIONS = Path.of("src/test/resources/upgrade", SERVICE).toAbsolutePath();
    /** The versions the rehearsal adds (V99, V99_1): the running release knows none of them. */
    static final List<String> VERSIONS = List.of("99", "99.1");
    private static final String URL = "jdbc:postgresql://localhost:5432/complaints";
    // the local run's roles and passwords (scripts/local-env.sh, scripts/ensure-databases.sh)
    private static final String OWNER = "sanad";
    private static final String OWNER_PASSWORD = System.getenv().getOrDefault("DB_MIGRATION_PASSWORD", "sanad");
    private static final String APP_ROLE = "sanad_app";
    private static final String APP_PASSWORD = System.getenv().getOrDefault("DB_PASSWORD", "sanad_app");

    private Rehearsal() {
    }

    /** The next release's migration Job: every migration of the service's locations, and the rehearsal's. */
    static MigrateResult migrate() {
        List<String> locations = new ArrayList<>(serviceLocations());
        locations.add("filesystem:" + MIGRATIONS);
        return Flyway.configure().dataSource(URL, OWNER, OWNER_PASSWORD).locations(locations.toArray(String[]::new))
                .outOfOrder(true).placeholders(Map.of("app_role", APP_ROLE))
                .configuration(Map.of("flyway.postgresql.transactional.lock", "false"))
                .load().migrate();
    }

    /**
     * The service's Flyway locations (its application.properties) as the folders of this repository
     * they are packaged from: its own db/migration, the shared modules' db/audit, db/officers, ...
     */
    private static List<String> serviceLocations() {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Suite.ROOT.resolve(SERVICE + "/src/main/resources/application.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<String> folders = new ArrayList<>();
        for (String location : properties.getProperty("quarkus.flyway.locations").split(",")) {
            List<Path> modules = new ArrayList<>(List.of(Suite.ROOT.resolve(SERVICE)));
            try (Stream<Path> libs = Files.list(Suite.ROOT.resolve("libs"))) {
                libs.forEach(modules::add);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Path folder = modules.stream().map(m -> m.resolve("src/main/resources").resolve(location.strip()))
                    .filter(Files::isDirectory).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no module holds the migrations of " + location));
            folders.add("filesystem:" + folder);
        }
        return folders;
    }

    /** The rehearsal's applied migrations, as the schema history holds them: version -> success. */
    static Map<String, Boolean> applied() {
        return query("SELECT version, success FROM flyway_schema_history WHERE version IN ('99', '99.1')", rows -> {
            Map<String, Boolean> applied = new TreeMap<>();
            while (rows.next()) {
                applied.put(rows.getString(1), rows.getBoolean(2));
            }
            return applied;
        });
    }

    /** Whether the index built CONCURRENTLY is there and valid (a failed build leaves it INVALID). */
    static boolean indexValid() {
        return query("SELECT indisvalid FROM pg_index WHERE indexrelid = to_regclass('rehearsal_channel_idx')",
                rows -> rows.next() && rows.getBoolean(1));
    }

    /** The complaint's row as the running release wrote it, with the column it does not know: null. */
    static boolean writtenWithoutTheNewColumn(UUID complaint) {
        return query("SELECT rehearsal_channel IS NULL FROM complaint WHERE id = '" + complaint + "'",
                rows -> rows.next() && rows.getBoolean(1));
    }

    /** The service's role may write the new table (the default privileges the owner's migrations set). */
    static void noteAsTheService(UUID complaint) {
        try (Connection connection = DriverManager.getConnection(URL, APP_ROLE, APP_PASSWORD);
                PreparedStatement insert = connection.prepareStatement("INSERT INTO rehearsal_note (id, complaint_id) VALUES (?, ?)")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, complaint);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The rehearsal's schema taken away again, so later runs start from the release's own: not a
     * contract step (nothing of it was ever used), the way back to the schema the archive ships.
     */
    static void remove() {
        try (Connection connection = DriverManager.getConnection(URL, OWNER, OWNER_PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP INDEX CONCURRENTLY IF EXISTS rehearsal_channel_idx");
            statement.execute("DROP TABLE IF EXISTS rehearsal_note");
            statement.execute("ALTER TABLE complaint DROP COLUMN IF EXISTS rehearsal_channel");
            statement.execute("DELETE FROM flyway_schema_history WHERE version IN ('99', '99.1')");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private static <T> T query(String sql, Rows<T> read) {
        try (Connection connection = DriverManager.getConnection(URL, OWNER, OWNER_PASSWORD);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return read.read(rows);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
