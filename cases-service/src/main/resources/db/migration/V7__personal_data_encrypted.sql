-- Officers' notes (timeline details, suspect notes, the closure note) are stored encrypted by the
-- service (service-commons' FieldEncryption: enc1:<key id>:...), and a check keeps clear text out
-- of these columns. The search over notes moves from their folded text (search_text held the
-- title and every note, readable) to the blind indexes of their words (note_terms); search_text
-- keeps the title only. The keys are not the database's, so notes written before this version
-- cannot be encrypted here; no deployment holds any, and a local database that does must be
-- reset (./scripts/ensure-databases.sh --reset).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM case_action WHERE details IS NOT NULL) OR EXISTS (SELECT 1 FROM suspect WHERE notes IS NOT NULL)
            OR EXISTS (SELECT 1 FROM investigation_case WHERE closure_note IS NOT NULL) THEN
        RAISE EXCEPTION 'cases hold officers'' notes in clear text from before encryption; reset this local database';
    END IF;
END
$$;

DROP INDEX case_action_search_idx;
ALTER TABLE case_action
    ALTER COLUMN details TYPE text,
    ADD CONSTRAINT case_action_details_encrypted CHECK (details LIKE 'enc1:%');
ALTER TABLE suspect
    ALTER COLUMN notes TYPE text,
    ADD CONSTRAINT suspect_notes_encrypted CHECK (notes LIKE 'enc1:%');
ALTER TABLE investigation_case
    ALTER COLUMN closure_note TYPE text,
    ADD CONSTRAINT case_closure_note_encrypted CHECK (closure_note LIKE 'enc1:%'),
    ADD COLUMN note_terms varchar(32)[] NOT NULL DEFAULT '{}';
CREATE INDEX case_note_terms_idx ON investigation_case USING gin (note_terms);
