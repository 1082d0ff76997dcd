-- The officers this service has seen, as their tokens describe them: how a person is shown by
-- name instead of a subject id, and how a supervisor finds the investigators of a governorate.
CREATE TABLE officer (
    subject      varchar(255) PRIMARY KEY,
    display_name varchar(200) NOT NULL,
    governorate  varchar(16),
    roles        varchar(255) NOT NULL,
    gender       varchar(16),
    last_seen_at timestamptz  NOT NULL
);
CREATE INDEX officer_governorate_idx ON officer (governorate, display_name, subject);
