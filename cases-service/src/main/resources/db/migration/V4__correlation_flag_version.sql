-- A flag is decided once. Its row is locked while an investigator decides it, and its version makes
-- any other concurrent change of it fail instead of silently overwriting the decision.
ALTER TABLE correlation_flag ADD COLUMN version bigint NOT NULL DEFAULT 0;
