-- Retention of intimate evidence: its bytes are purged a configured time after the complaint is
-- rejected or withdrawn, or after the case it went to is closed (retention_from), unless a
-- supervisor has set a legal hold. A purged evidence row keeps its hash, size and custody
-- history; only its object (the encrypted bytes) goes.
ALTER TABLE complaint
    ADD COLUMN retention_from timestamptz,
    ADD COLUMN legal_hold_reason varchar(1000),
    ADD COLUMN legal_hold_by varchar(255),
    ADD COLUMN legal_hold_at timestamptz,
    -- its case in cases-service is held (told with the case's updates)
    ADD COLUMN case_evidence_held boolean NOT NULL DEFAULT false,
    ADD CONSTRAINT complaint_legal_hold_complete
        CHECK ((legal_hold_at IS NULL) = (legal_hold_reason IS NULL) AND (legal_hold_at IS NULL) = (legal_hold_by IS NULL));
UPDATE complaint c SET retention_from = (SELECT max(s.changed_at) FROM status_change s
        WHERE s.complaint_id = c.id AND s.to_status = c.status)
    WHERE c.status IN ('REJECTED', 'WITHDRAWN');
UPDATE complaint SET retention_from = investigation_updated_at WHERE investigation_status = 'CLOSED';
-- the purge job's look-up: the matters over longest ago, not held
CREATE INDEX complaint_retention_idx ON complaint (retention_from) WHERE retention_from IS NOT NULL AND legal_hold_at IS NULL;

ALTER TABLE evidence
    ALTER COLUMN object_id DROP NOT NULL,
    ADD COLUMN purged_at timestamptz,
    ADD COLUMN purge_reason varchar(300),
    ADD CONSTRAINT evidence_purged_or_stored CHECK ((purged_at IS NULL) = (object_id IS NOT NULL));
