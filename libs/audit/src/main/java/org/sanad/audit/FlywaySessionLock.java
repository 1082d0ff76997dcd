package org.sanad.audit;

import java.util.Map;

import jakarta.inject.Singleton;

import org.flywaydb.core.api.configuration.FluentConfiguration;

import io.quarkus.flyway.FlywayConfigurationCustomizer;

/**
 * Flyway holds its lock on the schema for a session, not in a transaction. With the transactional
 * lock (Flyway's default for PostgreSQL) the lock's connection stays idle in a transaction while the
 * migrations run, and {@code CREATE INDEX CONCURRENTLY}, which waits for every older transaction
 * to end, waits for it for ever: the migration Job would hang on the index an expand/contract
 * release builds on a table in use (docs/operations/upgrades.md). Flyway 12.0 with PostgreSQL 15,
 * tried: the build hangs on the lock connection's virtual transaction id; with the session lock it
 * ends in seconds. Two migrating at once still wait for each other: the session lock is held too.
 */
@Singleton
public class FlywaySessionLock implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.configuration(Map.of("flyway.postgresql.transactional.lock", "false"));
    }
}
