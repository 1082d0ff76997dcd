-- cases-service schema: cases built from accepted complaints, the identifier index that links
-- them, suspects, the action timeline, evidence items with custody, audit, outbox, inbox.

-- trigram search over Arabic (and any) text; trusted extension, the database owner may create it
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE SEQUENCE case_number_seq;

CREATE TABLE investigation_case (
    id                       uuid PRIMARY KEY,
    case_number              varchar(32)  NOT NULL UNIQUE,
    title                    varchar(300) NOT NULL,
    governorate              varchar(16)  NOT NULL,
    owning_unit              varchar(100),
    lead_investigator        varchar(255),
    lead_investigator_gender varchar(16),
    requested_officer_gender varchar(16),
    priority_score           integer      NOT NULL,
    priority                 varchar(16)  NOT NULL,
    status                   varchar(24)  NOT NULL,
    closure_reason           varchar(32),
    closure_note             varchar(2000),
    search_text              text         NOT NULL,
    created_at               timestamptz  NOT NULL,
    updated_at               timestamptz  NOT NULL,
    version                  bigint       NOT NULL
);
CREATE INDEX case_list_idx ON investigation_case (governorate, status, priority_score DESC, created_at DESC, id);
CREATE INDEX case_assignee_idx ON investigation_case (lead_investigator) WHERE lead_investigator IS NOT NULL;
CREATE INDEX case_search_idx ON investigation_case USING gin (search_text gin_trgm_ops);

CREATE TABLE case_complaint (
    id                       uuid PRIMARY KEY,
    case_id                  uuid         NOT NULL REFERENCES investigation_case (id),
    complaint_id             uuid         NOT NULL,
    tracking_number          varchar(32)  NOT NULL,
    governorate              varchar(16)  NOT NULL,
    priority                 varchar(16)  NOT NULL,
    priority_score           integer      NOT NULL,
    minor_victim             boolean      NOT NULL,
    self_harm_risk           boolean      NOT NULL,
    requested_officer_gender varchar(16),
    platforms                varchar(400) NOT NULL,
    threat_types             varchar(400) NOT NULL,
    demand_types             varchar(200) NOT NULL,
    money_amount             numeric(19, 2),
    money_currency           varchar(3),
    deadline                 timestamptz,
    accepted_at              timestamptz  NOT NULL,
    linked_at                timestamptz  NOT NULL,
    CONSTRAINT case_complaint_once UNIQUE (case_id, complaint_id)
);
CREATE INDEX case_complaint_complaint_idx ON case_complaint (complaint_id);

CREATE TABLE suspect (
    id           uuid PRIMARY KEY,
    case_id      uuid         NOT NULL REFERENCES investigation_case (id),
    display_name varchar(200) NOT NULL,
    aliases      varchar(1000),
    notes        varchar(4000),
    created_at   timestamptz  NOT NULL
);
CREATE INDEX suspect_case_idx ON suspect (case_id);

-- every identifier of every linked complaint and suspect: the correlation index
CREATE TABLE case_identifier (
    id               uuid PRIMARY KEY,
    case_id          uuid         NOT NULL REFERENCES investigation_case (id),
    source           varchar(16)  NOT NULL,
    source_id        uuid         NOT NULL,
    type             varchar(24)  NOT NULL,
    raw_value        varchar(500) NOT NULL,
    normalised_value varchar(500) NOT NULL,
    added_at         timestamptz  NOT NULL
);
CREATE INDEX case_identifier_value_idx ON case_identifier (type, normalised_value);
CREATE INDEX case_identifier_case_idx ON case_identifier (case_id);

CREATE TABLE correlation_flag (
    id                uuid PRIMARY KEY,
    case_id           uuid         NOT NULL REFERENCES investigation_case (id),
    complaint_id      uuid         NOT NULL,
    complaint_case_id uuid         NOT NULL REFERENCES investigation_case (id),
    identifier_type   varchar(24)  NOT NULL,
    normalised_value  varchar(500) NOT NULL,
    status            varchar(16)  NOT NULL,
    created_at        timestamptz  NOT NULL,
    decided_by        varchar(255),
    decided_at        timestamptz,
    CONSTRAINT correlation_flag_once UNIQUE (case_id, complaint_id)
);
CREATE INDEX correlation_flag_complaint_case_idx ON correlation_flag (complaint_case_id);

CREATE TABLE case_action (
    id                uuid PRIMARY KEY,
    case_id           uuid         NOT NULL REFERENCES investigation_case (id),
    type              varchar(32)  NOT NULL,
    occurred_at       timestamptz  NOT NULL,
    recorded_at       timestamptz  NOT NULL,
    officer           varchar(255) NOT NULL,
    details           varchar(10000),
    place             varchar(300),
    unit              varchar(100),
    suspect_id        uuid REFERENCES suspect (id),
    answers_action_id uuid REFERENCES case_action (id)
);
CREATE INDEX case_action_timeline_idx ON case_action (case_id, occurred_at, id);
CREATE INDEX case_action_search_idx ON case_action USING gin (details gin_trgm_ops);

CREATE TABLE evidence_item (
    id                    uuid PRIMARY KEY,
    case_id               uuid          NOT NULL REFERENCES investigation_case (id),
    source                varchar(24)   NOT NULL,
    kind                  varchar(24)   NOT NULL,
    description           varchar(1000) NOT NULL,
    complaint_id          uuid,
    complaint_evidence_id uuid,
    file_name             varchar(255),
    content_type          varchar(100),
    size_bytes            bigint,
    sha256                varchar(64)   NOT NULL,
    registered_at         timestamptz   NOT NULL,
    registered_by         varchar(255)  NOT NULL,
    CONSTRAINT evidence_item_complaint_once UNIQUE (case_id, complaint_evidence_id)
);
CREATE INDEX evidence_item_case_idx ON evidence_item (case_id, registered_at);

CREATE TABLE evidence_item_content (
    item_id uuid PRIMARY KEY REFERENCES evidence_item (id),
    bytes   bytea NOT NULL
);

CREATE TABLE custody_entry (
    id              uuid PRIMARY KEY,
    item_id         uuid         NOT NULL REFERENCES evidence_item (id),
    action          varchar(24)  NOT NULL,
    occurred_at     timestamptz  NOT NULL,
    actor_subject   varchar(255) NOT NULL,
    actor_roles     varchar(255) NOT NULL,
    location        varchar(300),
    hash_checked    boolean      NOT NULL,
    hash_matched    boolean,
    observed_sha256 varchar(64),
    note            varchar(1000)
);
CREATE INDEX custody_entry_item_idx ON custody_entry (item_id, occurred_at);
