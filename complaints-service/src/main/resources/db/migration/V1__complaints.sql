-- complaints-service schema: complaints, their history, evidence with custody, and the audit trail.

CREATE TABLE complaint (
    id                         uuid PRIMARY KEY,
    tracking_number            varchar(32)   NOT NULL UNIQUE,
    filer_kind                 varchar(16)   NOT NULL,
    filer_subject              varchar(255),
    secret_hash                varchar(64),
    reporter_relation          varchar(16)   NOT NULL,
    victim_name                varchar(200),
    victim_contact_phone       varchar(32),
    victim_age_band            varchar(16)   NOT NULL,
    victim_minor               boolean       NOT NULL,
    victim_gender              varchar(16)   NOT NULL,
    victim_same_gender_officer boolean       NOT NULL,
    governorate                varchar(16)   NOT NULL,
    money_amount               numeric(19, 2),
    money_currency             varchar(3),
    demand_details             varchar(2000),
    deadline                   timestamptz,
    amount_paid                numeric(19, 2),
    amount_paid_currency       varchar(3),
    narrative                  text          NOT NULL,
    self_harm_risk             boolean       NOT NULL,
    priority_score             integer       NOT NULL,
    priority                   varchar(16)   NOT NULL,
    status                     varchar(24)   NOT NULL,
    pending_question           varchar(2000),
    duplicate_of               uuid REFERENCES complaint (id),
    rejection_reason           varchar(2000),
    submitted_at               timestamptz   NOT NULL,
    updated_at                 timestamptz   NOT NULL,
    version                    bigint        NOT NULL,
    CONSTRAINT complaint_filer_known CHECK (
        (filer_kind = 'CITIZEN' AND filer_subject IS NOT NULL)
        OR (filer_kind = 'ANONYMOUS' AND secret_hash IS NOT NULL))
);

-- the intake queue: a governorate's complaints by priority, then age
CREATE INDEX complaint_queue_idx ON complaint (governorate, status, priority_score DESC, submitted_at, id);
-- "my complaints"
CREATE INDEX complaint_filer_idx ON complaint (filer_subject, submitted_at DESC) WHERE filer_subject IS NOT NULL;
-- the priority refresh job looks at open complaints with a deadline
CREATE INDEX complaint_open_deadline_idx ON complaint (deadline)
    WHERE deadline IS NOT NULL AND status IN ('SUBMITTED', 'UNDER_REVIEW', 'NEEDS_INFORMATION');
CREATE INDEX complaint_submitted_idx ON complaint (submitted_at);

CREATE TABLE complaint_platform (
    complaint_id uuid        NOT NULL REFERENCES complaint (id) ON DELETE CASCADE,
    platform     varchar(24) NOT NULL,
    PRIMARY KEY (complaint_id, platform)
);

CREATE TABLE complaint_threat (
    complaint_id uuid        NOT NULL REFERENCES complaint (id) ON DELETE CASCADE,
    threat_type  varchar(32) NOT NULL,
    PRIMARY KEY (complaint_id, threat_type)
);

CREATE TABLE complaint_demand (
    complaint_id uuid        NOT NULL REFERENCES complaint (id) ON DELETE CASCADE,
    demand_type  varchar(24) NOT NULL,
    PRIMARY KEY (complaint_id, demand_type)
);

CREATE TABLE blackmailer_identifier (
    id               uuid PRIMARY KEY,
    complaint_id     uuid         NOT NULL REFERENCES complaint (id) ON DELETE CASCADE,
    position         integer      NOT NULL,
    type             varchar(24)  NOT NULL,
    raw_value        varchar(500) NOT NULL,
    normalised_value varchar(500) NOT NULL,
    added_at         timestamptz  NOT NULL
);
CREATE UNIQUE INDEX blackmailer_identifier_position_idx ON blackmailer_identifier (complaint_id, position);
CREATE INDEX blackmailer_identifier_value_idx ON blackmailer_identifier (type, normalised_value);

CREATE TABLE status_change (
    id            uuid PRIMARY KEY,
    complaint_id  uuid         NOT NULL REFERENCES complaint (id) ON DELETE CASCADE,
    from_status   varchar(24),
    to_status     varchar(24)  NOT NULL,
    changed_at    timestamptz  NOT NULL,
    actor_subject varchar(255) NOT NULL,
    actor_role    varchar(255) NOT NULL,
    public_note   varchar(2000),
    internal_note varchar(4000)
);
CREATE INDEX status_change_complaint_idx ON status_change (complaint_id, changed_at);

CREATE TABLE supplement (
    id             uuid PRIMARY KEY,
    complaint_id   uuid         NOT NULL REFERENCES complaint (id) ON DELETE CASCADE,
    added_at       timestamptz  NOT NULL,
    author_subject varchar(255) NOT NULL,
    text           varchar(10000)
);
CREATE INDEX supplement_complaint_idx ON supplement (complaint_id, added_at);

CREATE TABLE evidence (
    id           uuid PRIMARY KEY,
    complaint_id uuid         NOT NULL REFERENCES complaint (id) ON DELETE CASCADE,
    file_name    varchar(255) NOT NULL,
    content_type varchar(100) NOT NULL,
    size_bytes   bigint       NOT NULL,
    sha256       varchar(64)  NOT NULL,
    received_at  timestamptz  NOT NULL,
    received_by  varchar(255) NOT NULL
);
CREATE INDEX evidence_complaint_idx ON evidence (complaint_id, received_at);

-- bytes live apart from their description, so listing evidence never reads them
CREATE TABLE evidence_content (
    evidence_id uuid PRIMARY KEY REFERENCES evidence (id) ON DELETE CASCADE,
    bytes       bytea NOT NULL
);

CREATE TABLE custody_event (
    id            uuid PRIMARY KEY,
    evidence_id   uuid         NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
    action        varchar(24)  NOT NULL,
    occurred_at   timestamptz  NOT NULL,
    actor_subject varchar(255) NOT NULL,
    actor_roles   varchar(255) NOT NULL,
    sha256        varchar(64)  NOT NULL,
    note          varchar(1000)
);
CREATE INDEX custody_event_evidence_idx ON custody_event (evidence_id, occurred_at);
