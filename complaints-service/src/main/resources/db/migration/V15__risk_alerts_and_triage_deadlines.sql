-- Nobody at risk waits unseen (issue 33). A complaint's triage deadline and its escalation are
-- columns of its row, so the timer survives restarts and is shared by every replica: the
-- escalation job claims due rows with FOR UPDATE SKIP LOCKED, nothing is kept in memory.
--   triage_due_at      when an intake officer must have moved it on from SUBMITTED; null once done
--   escalation         how far up it went for want of triage
--   escalated_at       when it last went up
--   escalation_due_at  when it goes up next (the deadline, then the end of the supervisor's
--                      window); null when nothing is left to escalate
ALTER TABLE complaint
    ADD COLUMN triage_due_at     timestamptz,
    ADD COLUMN escalation        varchar(16) NOT NULL DEFAULT 'NONE'
        CONSTRAINT complaint_escalation_known CHECK (escalation IN ('NONE', 'SUPERVISOR', 'NATIONAL')),
    ADD COLUMN escalated_at      timestamptz,
    ADD COLUMN escalation_due_at timestamptz;

-- Complaints still waiting for triage get the deadline of their priority by the defaults of
-- triage.deadlines (a deployment that configures others sees them on complaints filed from now).
-- Those long overdue escalate at the job's first run: they are overdue, and someone must know.
UPDATE complaint SET triage_due_at = submitted_at + CASE priority
        WHEN 'CRITICAL' THEN interval '1 hour'
        WHEN 'HIGH' THEN interval '24 hours'
        WHEN 'MEDIUM' THEN interval '72 hours'
        ELSE interval '7 days' END
    WHERE status = 'SUBMITTED';
UPDATE complaint SET escalation_due_at = triage_due_at WHERE triage_due_at IS NOT NULL;

-- The escalation job's scan: open, untriaged complaints with an escalation left, by due time. The
-- rows out of it (triaged, closed, with the national unit) are most of the table and not indexed.
CREATE INDEX complaint_escalation_due_idx ON complaint (escalation_due_at) WHERE escalation_due_at IS NOT NULL;
-- The overdue gauge counts untriaged complaints past their deadline, by priority.
CREATE INDEX complaint_triage_due_idx ON complaint (triage_due_at) WHERE triage_due_at IS NOT NULL;

-- An alert to the people on duty: at filing (INTAKE, for the filing's risk signals) or when the
-- triage deadline passed (SUPERVISOR, then NATIONAL). One per complaint, level and key: a replica
-- racing another to raise the same alert inserts nothing (ON CONFLICT DO NOTHING).
CREATE TABLE risk_alert (
    id              uuid PRIMARY KEY,
    complaint_id    uuid          NOT NULL REFERENCES complaint (id) ON DELETE CASCADE,
    governorate     varchar(16)   NOT NULL,
    level           varchar(16)   NOT NULL
        CONSTRAINT risk_alert_level_known CHECK (level IN ('INTAKE', 'SUPERVISOR', 'NATIONAL')),
    reasons         varchar(24)[] NOT NULL CONSTRAINT risk_alert_has_reasons CHECK (cardinality(reasons) > 0),
    alert_key       varchar(64)   NOT NULL,
    raised_at       timestamptz   NOT NULL,
    acknowledged_at timestamptz,
    acknowledged_by text,
    CONSTRAINT risk_alert_acknowledged_by_someone CHECK ((acknowledged_at IS NULL) = (acknowledged_by IS NULL)),
    CONSTRAINT risk_alert_once UNIQUE (complaint_id, level, alert_key)
);
-- GET /alerts: a governorate's (or, for the national unit, every) alert, newest first
CREATE INDEX risk_alert_governorate_idx ON risk_alert (governorate, raised_at DESC, id DESC);
CREATE INDEX risk_alert_raised_idx ON risk_alert (raised_at DESC, id DESC);
