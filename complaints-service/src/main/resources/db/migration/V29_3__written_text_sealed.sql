-- What people write is encrypted and sealed to its row from this version on (FieldEncryption,
-- EncryptedFields: enc2:<key id>:..., the table, column and row in the associated data), so a value
-- copied to another row or column no longer reads as that row's:
-- * the columns encrypted since V9 take sealed values beside their unbound ones (enc1) until the
--   service rewrites those at start (UnboundFieldsSealing); a later version allows enc2 only;
-- * the demand's details, the officer's question, the rejection reason, the legal hold's reason,
--   the public note of a status change, a custody note, an evidence file's name and a court's
--   reason for a disclosure are encrypted from here on. The keys are not the database's, so their
--   rows written before stay clear (NOT VALID) until the service seals them at start; no clear value
--   can be written any more.
ALTER TABLE complaint
    DROP CONSTRAINT complaint_victim_name_encrypted,
    DROP CONSTRAINT complaint_victim_phone_encrypted,
    DROP CONSTRAINT complaint_narrative_encrypted,
    ADD CONSTRAINT complaint_victim_name_encrypted CHECK (victim_name ~ '^enc[12]:'),
    ADD CONSTRAINT complaint_victim_phone_encrypted CHECK (victim_contact_phone ~ '^enc[12]:'),
    ADD CONSTRAINT complaint_narrative_encrypted CHECK (narrative ~ '^enc[12]:'),
    ALTER COLUMN demand_details TYPE text,
    ALTER COLUMN pending_question TYPE text,
    ALTER COLUMN rejection_reason TYPE text,
    ALTER COLUMN legal_hold_reason TYPE text,
    ADD CONSTRAINT complaint_demand_details_encrypted CHECK (demand_details ~ '^enc2:') NOT VALID,
    ADD CONSTRAINT complaint_pending_question_encrypted CHECK (pending_question ~ '^enc2:') NOT VALID,
    ADD CONSTRAINT complaint_rejection_reason_encrypted CHECK (rejection_reason ~ '^enc2:') NOT VALID,
    ADD CONSTRAINT complaint_legal_hold_reason_encrypted CHECK (legal_hold_reason ~ '^enc2:') NOT VALID;

ALTER TABLE supplement
    DROP CONSTRAINT supplement_text_encrypted,
    ADD CONSTRAINT supplement_text_encrypted CHECK (text ~ '^enc[12]:');

ALTER TABLE status_change
    DROP CONSTRAINT status_change_internal_note_encrypted,
    ADD CONSTRAINT status_change_internal_note_encrypted CHECK (internal_note ~ '^enc[12]:'),
    ALTER COLUMN public_note TYPE text,
    ADD CONSTRAINT status_change_public_note_encrypted CHECK (public_note ~ '^enc2:') NOT VALID;

ALTER TABLE custody_event
    ALTER COLUMN note TYPE text,
    ADD CONSTRAINT custody_event_note_encrypted CHECK (note ~ '^enc2:') NOT VALID;

ALTER TABLE evidence
    ALTER COLUMN file_name TYPE text,
    ADD CONSTRAINT evidence_file_name_encrypted CHECK (file_name ~ '^enc2:') NOT VALID;

ALTER TABLE victim_disclosure
    ALTER COLUMN reason TYPE text,
    ADD CONSTRAINT victim_disclosure_reason_encrypted CHECK (reason ~ '^enc2:') NOT VALID;

-- What identifies the stored file (its object, hash and size) is sealed to the row (StoredFile.seal):
-- swapped with another row's, the record is refused when read. Rows written before are sealed at
-- start; from here on every row written carries its seal.
ALTER TABLE evidence
    ADD COLUMN file_seal text CONSTRAINT evidence_file_seal_encrypted CHECK (file_seal ~ '^enc2:');
ALTER TABLE evidence ADD CONSTRAINT evidence_file_sealed CHECK (file_seal IS NOT NULL) NOT VALID;
COMMENT ON COLUMN evidence.file_seal IS 'seal of: object_id, sha256, size_bytes';
