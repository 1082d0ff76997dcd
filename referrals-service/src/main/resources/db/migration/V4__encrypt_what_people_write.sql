-- What prosecutors and courts write is encrypted and sealed to its row from this version on
-- (sanad-privacy: FieldEncryption, EncryptedFields; enc2:<key id>:..., the table, column and row in
-- the associated data), as in complaints-service and cases-service:
-- * a version's summary, its defendants (names, aliases, arrests, charges) and its evidence
--   manifest (descriptions); the victims' pseudonyms stay clear JSON (a pseudonym and a complaint id);
-- * a court's reply as it sent it (reasons, hearing places, the decision's text);
-- * the referral as a court's feed entry shows it (a snapshot of all of the above);
-- * a court's reason for an identity request and a prosecutor's note on it.
-- The JSON columns become text holding the encrypted JSON. The keys are not the database's, so rows
-- written before stay clear (NOT VALID) until the service seals them at start (UnboundFieldsSealing);
-- no clear value can be written any more.
ALTER TABLE referral_version
    ALTER COLUMN defendants TYPE text USING defendants::text,
    ALTER COLUMN evidence TYPE text USING evidence::text,
    ADD CONSTRAINT referral_version_summary_encrypted CHECK (summary ~ '^enc2:') NOT VALID,
    ADD CONSTRAINT referral_version_defendants_encrypted CHECK (defendants ~ '^enc2:') NOT VALID,
    ADD CONSTRAINT referral_version_evidence_encrypted CHECK (evidence ~ '^enc2:') NOT VALID;

ALTER TABLE court_reply
    ALTER COLUMN body TYPE text USING body::text,
    ADD CONSTRAINT court_reply_body_encrypted CHECK (body ~ '^enc2:') NOT VALID;

-- a feed entry is sealed to its position, which the service now takes from the sequence before the
-- insert (a sealed value needs its row's key)
ALTER TABLE feed_entry
    ALTER COLUMN snapshot TYPE text USING snapshot::text,
    ADD CONSTRAINT feed_entry_snapshot_encrypted CHECK (snapshot ~ '^enc2:') NOT VALID;

ALTER TABLE identity_request
    ALTER COLUMN reason TYPE text,
    ALTER COLUMN decision_note TYPE text,
    ADD CONSTRAINT identity_request_reason_encrypted CHECK (reason ~ '^enc2:') NOT VALID,
    ADD CONSTRAINT identity_request_decision_note_encrypted CHECK (decision_note ~ '^enc2:') NOT VALID;
