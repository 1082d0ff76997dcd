-- Identity requests may wait for a prosecutor's approval (referrals.identity-requests.prosecutor-approval),
-- and each court's are counted over the last 24 hours (referrals.identity-requests.per-court-per-day).
ALTER TABLE identity_request
    ALTER COLUMN outcome TYPE varchar(24),
    ADD COLUMN decided_at    timestamptz,
    ADD COLUMN decided_by    varchar(255),
    ADD COLUMN decision_note varchar(2000),
    ADD CONSTRAINT identity_request_decision_complete CHECK ((decided_at IS NULL) = (decided_by IS NULL));

CREATE INDEX identity_request_court_idx ON identity_request (court_code, occurred_at);
