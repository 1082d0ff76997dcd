-- Test fixture: what a request with an Idempotency-Key creates, counted by the tests.
CREATE TABLE fixture_order (
    id       uuid PRIMARY KEY,
    owner    text NOT NULL,
    note     text NOT NULL
);
