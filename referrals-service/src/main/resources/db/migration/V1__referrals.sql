-- referrals-service schema: referrals with their versions, the courts' replies, the court feed,
-- evidence accesses and identity requests. No victim personal data is stored here: victims are
-- pseudonyms over complaint ids.

CREATE SEQUENCE referral_number_seq;

CREATE TABLE referral (
    id                 uuid PRIMARY KEY,
    reference_number   varchar(40)  NOT NULL UNIQUE,
    case_id            uuid         NOT NULL,
    case_number        varchar(32)  NOT NULL,
    governorate        varchar(16)  NOT NULL,
    court_code         varchar(40)  NOT NULL,
    status             varchar(24)  NOT NULL,
    -- the newest version (a draft while it is prepared) and the newest submitted one (what the court sees)
    latest_version     integer      NOT NULL,
    submitted_version  integer,
    created_at         timestamptz  NOT NULL,
    created_by         varchar(255) NOT NULL,
    updated_at         timestamptz  NOT NULL,
    version            bigint       NOT NULL
);

-- one referral in progress per case; a closed one does not block the next
CREATE UNIQUE INDEX referral_open_per_case_idx ON referral (case_id) WHERE status <> 'CLOSED';
-- the prosecutors' list: a governorate's referrals, newest change first
CREATE INDEX referral_list_idx ON referral (governorate, updated_at DESC, id DESC);

CREATE TABLE referral_version (
    referral_id   uuid         NOT NULL REFERENCES referral (id),
    number        integer      NOT NULL,
    court_code    varchar(40)  NOT NULL,
    summary       text         NOT NULL,
    defendants    jsonb        NOT NULL,
    victims       jsonb        NOT NULL,
    evidence      jsonb        NOT NULL,
    drafted_at    timestamptz  NOT NULL,
    drafted_by    varchar(255) NOT NULL,
    -- set once, on submission; a submitted version is never changed again
    submitted_at  timestamptz,
    submitted_by  varchar(255),
    PRIMARY KEY (referral_id, number)
);

-- what the court said, in the order it said it
CREATE TABLE court_reply (
    id              uuid PRIMARY KEY,
    referral_id     uuid         NOT NULL REFERENCES referral (id),
    version_number  integer      NOT NULL,
    kind            varchar(16)  NOT NULL,
    body            jsonb        NOT NULL,
    occurred_at     timestamptz  NOT NULL,
    actor_subject   varchar(255) NOT NULL,
    actor_roles     varchar(255) NOT NULL
);

CREATE INDEX court_reply_referral_idx ON court_reply (referral_id, occurred_at, id);
-- one receipt, one review outcome and one decision per version
CREATE UNIQUE INDEX court_reply_once_idx ON court_reply (referral_id, version_number, kind)
    WHERE kind IN ('RECEIPT', 'REVIEW', 'DECISION');

-- the courts' pull feed: append-only, one entry per change a court may see, with the snapshot
-- of the referral as it was then; a court reads its own entries in position order
CREATE TABLE feed_entry (
    position      bigserial PRIMARY KEY,
    court_code    varchar(40)  NOT NULL,
    referral_id   uuid         NOT NULL REFERENCES referral (id),
    change        varchar(24)  NOT NULL,
    snapshot      jsonb        NOT NULL,
    recorded_at   timestamptz  NOT NULL
);

CREATE INDEX feed_entry_court_idx ON feed_entry (court_code, position);

-- every fetch of an evidence item by a court, with what the bytes hashed to
CREATE TABLE evidence_access (
    id               uuid PRIMARY KEY,
    referral_id      uuid         NOT NULL REFERENCES referral (id),
    item_id          uuid         NOT NULL,
    court_code       varchar(40)  NOT NULL,
    outcome          varchar(24)  NOT NULL,
    expected_sha256  varchar(64)  NOT NULL,
    observed_sha256  varchar(64),
    occurred_at      timestamptz  NOT NULL,
    actor_subject    varchar(255) NOT NULL,
    actor_roles      varchar(255) NOT NULL
);

CREATE INDEX evidence_access_item_idx ON evidence_access (referral_id, item_id, occurred_at);

-- a court's request for a victim's identity, with its reason (the identity itself is never stored)
CREATE TABLE identity_request (
    id             uuid PRIMARY KEY,
    referral_id    uuid          NOT NULL REFERENCES referral (id),
    pseudonym      varchar(16)   NOT NULL,
    court_code     varchar(40)   NOT NULL,
    reason         varchar(2000) NOT NULL,
    outcome        varchar(16)   NOT NULL,
    occurred_at    timestamptz   NOT NULL,
    actor_subject  varchar(255)  NOT NULL,
    actor_roles    varchar(255)  NOT NULL
);

CREATE INDEX identity_request_referral_idx ON identity_request (referral_id, occurred_at);
