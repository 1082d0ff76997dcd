-- Test fixture, as a service's migration seals its columns to their rows: the first two columns
-- take sealed values (enc2) beside the unbound ones they hold (enc1) until the rotation rewrites
-- them; a column written in clear until now is encrypted from here on (NOT VALID: its clear rows
-- stay until sealed at start); an embeddable's column; a version, to see what Hibernate rewrites.
ALTER TABLE fixture_note
    DROP CONSTRAINT fixture_note_author_encrypted,
    DROP CONSTRAINT fixture_note_body_encrypted,
    ADD CONSTRAINT fixture_note_author_encrypted CHECK (author ~ '^enc[12]:'),
    ADD CONSTRAINT fixture_note_body_encrypted CHECK (body ~ '^enc[12]:'),
    ADD COLUMN remark varchar(2000),
    ADD COLUMN signer_name text CONSTRAINT fixture_note_signer_name_encrypted CHECK (signer_name ~ '^enc2:'),
    ADD COLUMN signer_role varchar(32),
    ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE fixture_note ADD CONSTRAINT fixture_note_remark_encrypted CHECK (remark ~ '^enc2:') NOT VALID;
