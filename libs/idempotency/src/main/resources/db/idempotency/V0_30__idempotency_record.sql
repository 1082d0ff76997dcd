-- Requests made with an Idempotency-Key (IdempotencyStore): one row per caller's key while the
-- retention lasts (sanad.idempotency.retention, 24 h), then purged. The lookup is a SHA-256 of the
-- key's scope and the key, the fingerprint one of the request (method, path, body): no key, subject
-- or body is kept in clear. The response is the first answer, replayed to a retry; it can hold an
-- anonymous filer's tracking secret or a victim's identity, so it is encrypted and sealed to its row
-- (sanad-privacy), and empty while the first request is in progress.
CREATE TABLE idempotency_record (
    id          uuid PRIMARY KEY,
    lookup      bytea       NOT NULL CONSTRAINT idempotency_record_lookup_key UNIQUE,
    fingerprint bytea       NOT NULL,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    response    text CONSTRAINT idempotency_record_response_encrypted CHECK (response ~ '^enc2:')
);
CREATE INDEX idempotency_record_expires_idx ON idempotency_record (expires_at);
