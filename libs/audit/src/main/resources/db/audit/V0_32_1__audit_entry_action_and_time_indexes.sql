-- Auditors search the log by action (complaint.read: who read a victim's complaint) and by time
-- (from, to), newest first by id like the record and actor searches (V0_1): an index of each lets
-- PostgreSQL read one page of a rare action or of a past week instead of walking the whole log.
CREATE INDEX audit_entry_action_idx ON audit_entry (action, id);
CREATE INDEX audit_entry_occurred_at_idx ON audit_entry (occurred_at);
