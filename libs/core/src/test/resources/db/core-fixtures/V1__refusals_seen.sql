-- Test fixture only (never packaged): where RefusalsSeen writes each refusal it observes, in a
-- transaction of its own, as the audit log's RefusalAuditor does.
CREATE TABLE refusals_seen (
    id bigserial PRIMARY KEY,
    what text NOT NULL
);
GRANT SELECT, INSERT ON refusals_seen TO ${app_role};
GRANT USAGE ON SEQUENCE refusals_seen_id_seq TO ${app_role};
