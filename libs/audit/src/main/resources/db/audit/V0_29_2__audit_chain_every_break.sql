-- A walk judged every entry but answered only the first that does not hold; the scheduled full
-- walk reports them all. One definition of the judgement, audit_chain_judged, serves both.

-- Every sealed entry from the entry at start_seq, with what does not hold of it (null when it
-- holds), as audit_chain_verify_since (V0_7) judged them; and, when not one entry is left from a
-- checkpoint on, a row for the checkpoint's removed entry (no id, MISSING_BEFORE).
CREATE FUNCTION audit_chain_judged(start_seq bigint, start_hash char(64))
    RETURNS TABLE (chain_seq bigint, entry_id bigint, entry_hash char(64), problem text)
    LANGUAGE sql STABLE AS $$
    WITH chain AS (
        SELECT e.*, lag(e.entry_hash) OVER w AS expected_prev, lag(e.chain_seq) OVER w AS previous_seq
        FROM audit_entry e WHERE e.chain_seq >= start_seq
        WINDOW w AS (ORDER BY e.chain_seq)
    )
    SELECT chain_seq, id, entry_hash, CASE
        WHEN chain_seq <> coalesce(previous_seq, start_seq - 1) + 1 THEN 'MISSING_BEFORE'
        WHEN previous_seq IS NULL AND start_hash IS NOT NULL AND entry_hash IS DISTINCT FROM start_hash THEN 'CHANGED'
        WHEN prev_hash IS DISTINCT FROM coalesce(expected_prev, CASE WHEN start_hash IS NULL THEN repeat('0', 64) END,
                prev_hash) THEN 'LINK_BROKEN'
        WHEN entry_hash IS DISTINCT FROM audit_entry_digest(prev_hash, chain_seq, id, occurred_at, actor_subject,
                actor_roles, action, record_type, record_id, outcome) THEN 'CHANGED'
    END
    FROM chain
    UNION ALL
    -- from the start, an empty chain is intact
    SELECT start_seq, NULL, NULL, 'MISSING_BEFORE'
    WHERE start_hash IS NOT NULL AND NOT EXISTS (SELECT 1 FROM audit_entry e WHERE e.chain_seq >= start_seq)
$$;

-- The walk of V0_7, on the one judgement: the same columns, so audit_chain_verify and
-- scripts/verify-audit.sh are unchanged.
CREATE OR REPLACE FUNCTION audit_chain_verify_since(start_seq bigint, start_hash char(64))
    RETURNS TABLE (checked bigint, head_seq bigint, head_hash char(64), unsealed bigint,
                   broken_seq bigint, broken_entry_id bigint, problem text)
    LANGUAGE sql STABLE AS $$
    WITH judged AS MATERIALIZED (
        SELECT * FROM audit_chain_judged(start_seq, start_hash)
    ), first_broken AS (
        SELECT j.chain_seq, j.entry_id, j.problem FROM judged j WHERE j.problem IS NOT NULL ORDER BY j.chain_seq LIMIT 1
    ), head AS (
        SELECT j.chain_seq, j.entry_hash FROM judged j WHERE j.entry_id IS NOT NULL ORDER BY j.chain_seq DESC LIMIT 1
    )
    SELECT (SELECT count(j.entry_id) FROM judged j), (SELECT chain_seq FROM head), (SELECT entry_hash FROM head),
           (SELECT count(*) FROM audit_entry WHERE audit_entry.chain_seq IS NULL),
           (SELECT chain_seq FROM first_broken), (SELECT entry_id FROM first_broken), (SELECT problem FROM first_broken)
$$;

-- Every entry that does not hold from the entry at start_seq, in order: at most max_breaks of
-- them, each with the number of all (a log rewritten at large breaks everywhere).
CREATE FUNCTION audit_chain_breaks(start_seq bigint, start_hash char(64), max_breaks integer)
    RETURNS TABLE (broken_seq bigint, broken_entry_id bigint, problem text, breaks bigint)
    LANGUAGE sql STABLE AS $$
    SELECT j.chain_seq, j.entry_id, j.problem, count(*) OVER () FROM audit_chain_judged(start_seq, start_hash) j
    WHERE j.problem IS NOT NULL ORDER BY j.chain_seq LIMIT max_breaks
$$;

-- The scheduled full walks: when each ran and how many breaks it found (anchors included), for the
-- verification's answer and the metric every replica reports alike. One replica walks at a time
-- (an advisory lock) and a walk that finished shortly before is not repeated.
CREATE TABLE audit_chain_full_walk (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    walked_at  timestamptz NOT NULL,
    checked    bigint      NOT NULL,
    head_seq   bigint,
    breaks     bigint      NOT NULL
);
CREATE INDEX audit_chain_full_walk_walked_at_idx ON audit_chain_full_walk (walked_at);
REVOKE UPDATE, DELETE, TRUNCATE ON audit_chain_full_walk FROM ${app_role};
