-- Checkpoints of the audit chain: the head of each walk that found the chain intact. A walk may
-- start at the last one (audit_chain_verify_since) and check only the entries sealed after it, so
-- the regular verification costs what was written since, not the whole log. The full walk
-- (audit_chain_verify, V0_3) stays the deep check: only it recomputes entries before a checkpoint.
-- Checkpoints are appended, never changed or removed, like the log.
CREATE TABLE audit_chain_checkpoint (
    chain_seq    bigint      PRIMARY KEY,
    entry_hash   char(64)    NOT NULL,
    verified_at  timestamptz NOT NULL,
    -- whether the walk that found it intact began at the first entry
    full_walk    boolean     NOT NULL
);
REVOKE UPDATE, DELETE, TRUNCATE ON audit_chain_checkpoint FROM ${app_role};

-- Walks the chain from the entry at start_seq, which an earlier walk found intact with the hash
-- start_hash, and reports the first entry that does not hold, as audit_chain_verify does: the
-- checkpoint's entry must still be there, with that hash and content (CHANGED, MISSING_BEFORE),
-- and every entry after it must follow the one before (LINK_BROKEN) and give its hash (CHANGED).
CREATE FUNCTION audit_chain_verify_since(start_seq bigint, start_hash char(64))
    RETURNS TABLE (checked bigint, head_seq bigint, head_hash char(64), unsealed bigint,
                   broken_seq bigint, broken_entry_id bigint, problem text)
    LANGUAGE sql STABLE AS $$
    WITH chain AS (
        SELECT e.*, lag(e.entry_hash) OVER w AS expected_prev, lag(e.chain_seq) OVER w AS previous_seq
        FROM audit_entry e WHERE e.chain_seq >= start_seq
        WINDOW w AS (ORDER BY e.chain_seq)
    ), judged AS (
        SELECT chain_seq, id, entry_hash, CASE
            WHEN chain_seq <> coalesce(previous_seq, start_seq - 1) + 1 THEN 'MISSING_BEFORE'
            WHEN previous_seq IS NULL AND entry_hash IS DISTINCT FROM start_hash THEN 'CHANGED'
            WHEN previous_seq IS NOT NULL AND prev_hash IS DISTINCT FROM expected_prev THEN 'LINK_BROKEN'
            WHEN entry_hash IS DISTINCT FROM audit_entry_digest(prev_hash, chain_seq, id, occurred_at, actor_subject,
                    actor_roles, action, record_type, record_id, outcome) THEN 'CHANGED'
        END AS problem
        FROM chain
    ), first_broken AS (
        SELECT chain_seq, id, problem FROM judged WHERE problem IS NOT NULL ORDER BY chain_seq LIMIT 1
    ), head AS (
        SELECT chain_seq, entry_hash FROM judged ORDER BY chain_seq DESC LIMIT 1
    )
    -- no entry at all from the checkpoint on: the checkpoint's entry and all after it were removed
    SELECT (SELECT count(*) FROM judged), (SELECT chain_seq FROM head), (SELECT entry_hash FROM head),
           (SELECT count(*) FROM audit_entry WHERE chain_seq IS NULL),
           coalesce((SELECT chain_seq FROM first_broken), CASE WHEN NOT EXISTS (SELECT 1 FROM judged) THEN start_seq END),
           (SELECT id FROM first_broken),
           coalesce((SELECT problem FROM first_broken), CASE WHEN NOT EXISTS (SELECT 1 FROM judged) THEN 'MISSING_BEFORE' END)
$$;
