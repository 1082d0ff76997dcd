-- The victim's name and phone, the narrative, the filer's supplements and officers' internal
-- notes are stored encrypted by the service (service-commons' FieldEncryption: enc1:<key id>:...),
-- and a check keeps clear text out of these columns for good. The keys are not the database's,
-- so rows written before this version cannot be encrypted here; no deployment holds any, and a
-- local database that does must be reset (./scripts/ensure-databases.sh --reset).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM complaint) OR EXISTS (SELECT 1 FROM status_change WHERE internal_note IS NOT NULL)
            OR EXISTS (SELECT 1 FROM supplement) THEN
        RAISE EXCEPTION 'complaints hold personal data in clear text from before encryption; reset this local database';
    END IF;
END
$$;

ALTER TABLE complaint
    ALTER COLUMN victim_name TYPE text,
    ALTER COLUMN victim_contact_phone TYPE text,
    ADD CONSTRAINT complaint_victim_name_encrypted CHECK (victim_name LIKE 'enc1:%'),
    ADD CONSTRAINT complaint_victim_phone_encrypted CHECK (victim_contact_phone LIKE 'enc1:%'),
    ADD CONSTRAINT complaint_narrative_encrypted CHECK (narrative LIKE 'enc1:%'),
    -- BlindIndex of the E.164 phone: officers find a victim's complaints by the phone they call from
    ADD COLUMN victim_phone_index varchar(32);
CREATE INDEX complaint_victim_phone_idx ON complaint (victim_phone_index) WHERE victim_phone_index IS NOT NULL;

ALTER TABLE supplement
    ALTER COLUMN text TYPE text,
    ADD CONSTRAINT supplement_text_encrypted CHECK (text LIKE 'enc1:%');

ALTER TABLE status_change
    ALTER COLUMN internal_note TYPE text,
    ADD CONSTRAINT status_change_internal_note_encrypted CHECK (internal_note LIKE 'enc1:%');
