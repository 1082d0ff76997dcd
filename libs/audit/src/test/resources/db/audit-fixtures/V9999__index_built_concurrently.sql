-- Test fixture only (never packaged): an index built CONCURRENTLY, as an expand/contract release
-- builds one on a table in use, in a migration of its own. With Flyway's transactional lock the
-- build waits for the lock's own transaction for ever; the lock_timeout of Flyway's connections
-- (quarkus.flyway.init-sql in this module's tests) turns that wait into a failed start of every
-- test of this module (FlywaySessionLock).
CREATE INDEX CONCURRENTLY audit_entry_record_type_fixture_idx ON audit_entry (record_type);
