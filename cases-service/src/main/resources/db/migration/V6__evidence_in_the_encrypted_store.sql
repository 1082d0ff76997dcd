-- Extracted files move to service-commons' encrypted EvidenceStore (evidence_object); the plain
-- bytea table goes. No deployment holds files from before this version: a local database that
-- does must be reset (./scripts/ensure-databases.sh --reset) rather than lose them silently.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM evidence_item_content) THEN
        RAISE EXCEPTION 'evidence_item_content still holds files stored in plain text; reset this local database';
    END IF;
END
$$;
DROP TABLE evidence_item_content;
ALTER TABLE evidence_item ADD COLUMN object_id uuid REFERENCES evidence_object (id);
CREATE UNIQUE INDEX evidence_item_object_idx ON evidence_item (object_id);
