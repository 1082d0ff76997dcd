-- Test fixture: personal data encrypted field by field, declared as a service's migration does it
-- (a check that every value is enc1), beside a column in clear that the rotation must leave alone.
CREATE TABLE fixture_note (
    id      uuid PRIMARY KEY,
    author  varchar(400) CONSTRAINT fixture_note_author_encrypted CHECK (author LIKE 'enc1:%'),
    body    text         CONSTRAINT fixture_note_body_encrypted CHECK (body LIKE 'enc1:%'),
    subject varchar(200) NOT NULL
);
