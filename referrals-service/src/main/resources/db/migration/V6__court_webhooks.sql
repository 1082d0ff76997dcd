-- A court's system may register one endpoint to be told of its feed's new entries (Standard
-- Webhooks: signed with a secret the court holds). The secret and the URL (whose query may carry the
-- court's own access token) are encrypted and sealed to their row (sanad-privacy, enc2:), as what
-- people write is since V4. The notifications themselves travel
-- through the outbox (outbox_event, destination court-webhooks), with its retries and dead events.
CREATE TABLE court_webhook (
    court_code  text         PRIMARY KEY,
    url         text         NOT NULL CONSTRAINT court_webhook_url_encrypted CHECK (url ~ '^enc2:'),
    secret      text         NOT NULL CONSTRAINT court_webhook_secret_encrypted CHECK (secret ~ '^enc2:'),
    -- after a rotation the secret before it also signs, until previous_until, so a court switches
    -- its receiver over without refusing a delivery
    previous_secret text     CONSTRAINT court_webhook_previous_secret_encrypted CHECK (previous_secret ~ '^enc2:'),
    previous_until  timestamptz,
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL
);
