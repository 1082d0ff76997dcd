-- What people write is encrypted and sealed to its row from this version on (FieldEncryption,
-- EncryptedFields: enc2:<key id>:..., the table, column and row in the associated data), so a value
-- copied to another row or column no longer reads as that row's:
-- * the notes encrypted since V7 take sealed values beside their unbound ones (enc1) until the
--   service rewrites those at start (UnboundFieldsSealing); a later version allows enc2 only;
-- * a suspect's name and aliases, an action's place and unit, a custody entry's location and note,
--   an evidence item's description and file name and the legal hold's reason are encrypted from
--   here on. The keys are not the database's, so their rows written before stay clear (NOT VALID)
--   until the service seals them at start; no clear value can be written any more.
ALTER TABLE investigation_case
    DROP CONSTRAINT case_closure_note_encrypted,
    ADD CONSTRAINT case_closure_note_encrypted CHECK (closure_note ~ '^enc[12]:'),
    ALTER COLUMN legal_hold_reason TYPE text,
    ADD CONSTRAINT case_legal_hold_reason_encrypted CHECK (legal_hold_reason ~ '^enc2:') NOT VALID;

ALTER TABLE case_action
    DROP CONSTRAINT case_action_details_encrypted,
    ADD CONSTRAINT case_action_details_encrypted CHECK (details ~ '^enc[12]:'),
    ALTER COLUMN place TYPE text,
    ALTER COLUMN unit TYPE text,
    ADD CONSTRAINT case_action_place_encrypted CHECK (place ~ '^enc2:') NOT VALID,
    ADD CONSTRAINT case_action_unit_encrypted CHECK (unit ~ '^enc2:') NOT VALID;

ALTER TABLE suspect
    DROP CONSTRAINT suspect_notes_encrypted,
    ADD CONSTRAINT suspect_notes_encrypted CHECK (notes ~ '^enc[12]:'),
    ALTER COLUMN display_name TYPE text,
    ALTER COLUMN aliases TYPE text,
    ADD CONSTRAINT suspect_display_name_encrypted CHECK (display_name ~ '^enc2:') NOT VALID,
    ADD CONSTRAINT suspect_aliases_encrypted CHECK (aliases ~ '^enc2:') NOT VALID;

ALTER TABLE custody_entry
    ALTER COLUMN location TYPE text,
    ALTER COLUMN note TYPE text,
    ADD CONSTRAINT custody_entry_location_encrypted CHECK (location ~ '^enc2:') NOT VALID,
    ADD CONSTRAINT custody_entry_note_encrypted CHECK (note ~ '^enc2:') NOT VALID;

ALTER TABLE evidence_item
    ALTER COLUMN description TYPE text,
    ALTER COLUMN file_name TYPE text,
    ADD CONSTRAINT evidence_item_description_encrypted CHECK (description ~ '^enc2:') NOT VALID,
    ADD CONSTRAINT evidence_item_file_name_encrypted CHECK (file_name ~ '^enc2:') NOT VALID;

-- What identifies the stored file (its object, hash and size) is sealed to the row (StoredFile.seal):
-- swapped with another row's, the record is refused when read. Rows written before are sealed at
-- start; from here on every row written carries its seal.
ALTER TABLE evidence_item
    ADD COLUMN file_seal text CONSTRAINT evidence_item_file_seal_encrypted CHECK (file_seal ~ '^enc2:');
ALTER TABLE evidence_item ADD CONSTRAINT evidence_item_file_sealed CHECK (file_seal IS NOT NULL) NOT VALID;
COMMENT ON COLUMN evidence_item.file_seal IS 'seal of: object_id, sha256, size_bytes';
