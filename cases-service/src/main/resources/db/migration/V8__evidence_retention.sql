-- Retention of the files investigators extracted into a case: purged a configured time after the
-- case is closed (closed_at), unless a supervisor has set a legal hold, which complaints-service is
-- told of too (it keeps the complaints' own files while their case is held). A purged item keeps
-- its hash, size and custody history; only its object (the encrypted bytes) goes.
ALTER TABLE investigation_case
    ADD COLUMN closed_at timestamptz,
    ADD COLUMN legal_hold_reason varchar(1000),
    ADD COLUMN legal_hold_by varchar(255),
    ADD COLUMN legal_hold_at timestamptz,
    ADD CONSTRAINT case_legal_hold_complete
        CHECK ((legal_hold_at IS NULL) = (legal_hold_reason IS NULL) AND (legal_hold_at IS NULL) = (legal_hold_by IS NULL));
UPDATE investigation_case SET closed_at = updated_at WHERE status = 'CLOSED';
CREATE INDEX case_retention_idx ON investigation_case (closed_at) WHERE closed_at IS NOT NULL AND legal_hold_at IS NULL;

ALTER TABLE evidence_item
    ADD COLUMN purged_at timestamptz,
    ADD COLUMN purge_reason varchar(300),
    ADD CONSTRAINT evidence_item_purged_has_no_object CHECK (purged_at IS NULL OR object_id IS NULL);
