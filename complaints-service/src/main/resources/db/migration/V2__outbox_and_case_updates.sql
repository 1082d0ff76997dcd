-- Hand-offs to cases-service (outbox) and case updates coming back (inbox de-duplication).

CREATE TABLE outbox_event (
    id              uuid PRIMARY KEY,
    destination     varchar(64)   NOT NULL,
    type            varchar(64)   NOT NULL,
    aggregate_id    varchar(100)  NOT NULL,
    payload         text          NOT NULL,
    created_at      timestamptz   NOT NULL,
    attempts        integer       NOT NULL,
    next_attempt_at timestamptz   NOT NULL,
    delivered_at    timestamptz,
    last_error      varchar(1000)
);
CREATE INDEX outbox_event_due_idx ON outbox_event (next_attempt_at, created_at) WHERE delivered_at IS NULL;

CREATE TABLE processed_message (
    id           uuid PRIMARY KEY,
    processed_at timestamptz NOT NULL
);

-- what the victim is told of the investigation, and the case-side time it was true at
ALTER TABLE complaint ADD COLUMN target_case_number       varchar(32);
ALTER TABLE complaint ADD COLUMN case_number              varchar(32);
ALTER TABLE complaint ADD COLUMN investigation_status     varchar(32);
ALTER TABLE complaint ADD COLUMN investigation_updated_at timestamptz;
