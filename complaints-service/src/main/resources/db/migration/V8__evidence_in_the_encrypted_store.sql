-- Evidence bytes move to service-commons' encrypted EvidenceStore (evidence_object); the plain
-- bytea table goes. Bytes cannot be encrypted here (the keys are not the database's), and no
-- deployment holds evidence from before this version: a local database that does must be reset
-- (./scripts/ensure-databases.sh --reset) rather than have its evidence dropped silently.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM evidence_content) THEN
        RAISE EXCEPTION 'evidence_content still holds evidence stored in plain text; reset this local database';
    END IF;
END
$$;
DROP TABLE evidence_content;
ALTER TABLE evidence ADD COLUMN object_id uuid NOT NULL REFERENCES evidence_object (id);
CREATE UNIQUE INDEX evidence_object_idx ON evidence (object_id);
