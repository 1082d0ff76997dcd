-- Each time a court was given a victim's identity: which court, for which referral, why, and
-- who asked (referrals-service, on the court's behalf). Never updated or deleted.
CREATE TABLE victim_disclosure (
    id                uuid PRIMARY KEY,
    complaint_id      uuid          NOT NULL REFERENCES complaint (id),
    court_code        varchar(40)   NOT NULL,
    reference_number  varchar(40)   NOT NULL,
    reason            varchar(2000) NOT NULL,
    occurred_at       timestamptz   NOT NULL,
    actor_subject     varchar(255)  NOT NULL,
    actor_roles       varchar(255)  NOT NULL
);

CREATE INDEX victim_disclosure_complaint_idx ON victim_disclosure (complaint_id, occurred_at);
