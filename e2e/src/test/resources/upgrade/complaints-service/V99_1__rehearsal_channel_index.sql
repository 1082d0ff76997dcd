-- The index on a table in use, built CONCURRENTLY (writes go on meanwhile), in a migration of its
-- own: Flyway runs a migration with CONCURRENTLY outside a transaction, and such a migration may
-- hold nothing else. If the build fails, PostgreSQL leaves the index INVALID: drop it
-- (DROP INDEX CONCURRENTLY) and run the migration again (docs/operations/upgrades.md).
CREATE INDEX CONCURRENTLY rehearsal_channel_idx ON complaint (rehearsal_channel) WHERE rehearsal_channel IS NOT NULL;
