-- Test fixture: a row written before its values were sealed to their rows, as a service's database
-- holds them when this version arrives: a value of the first, unbound form (enc1, under the public
-- test key local-1) and a clear one in a column encrypted from here on (NOT VALID keeps the row). The
-- service seals both at start (UnboundFieldsSealing).
CREATE TABLE fixture_legacy_note (
    id       uuid PRIMARY KEY,
    old_note text CONSTRAINT fixture_legacy_note_old_note_encrypted CHECK (old_note ~ '^enc[12]:'),
    note     varchar(2000)
);
INSERT INTO fixture_legacy_note (id, old_note, note) VALUES ('00000000-0000-4000-8000-000000000001',
    'enc1:local-1:doJKD+ePTEKW5F5j4VxWuJ3QwelsRxaW5IU+5ZUOkOKBH+JTAJAgXHvB/ntu/o1vi77zV/qwX1DEUbUaa19FXxkC2kP/5iogJBc4viw=',
    'written in clear before its column was encrypted');
ALTER TABLE fixture_legacy_note ADD CONSTRAINT fixture_legacy_note_note_encrypted CHECK (note ~ '^enc2:') NOT VALID;
