-- One definition of the audit chain's walk. The walk from a checkpoint (V0_6) also serves as the
-- full walk, from position 1 with no hash, and audit_chain_verify (V0_3's full walk) becomes that.

-- Walks the chain from the entry at start_seq, which an earlier walk found intact with the hash
-- start_hash, and reports the first entry that does not hold: the checkpoint's entry must still be
-- there, with that hash and content (CHANGED, MISSING_BEFORE), and every entry after it must follow
-- the one before (LINK_BROKEN) and give its hash (CHANGED). From position 1 with no hash it is the
-- full walk: the first entry must follow the chain's zero start (audit_chain_verify, below).
CREATE OR REPLACE FUNCTION audit_chain_verify_since(start_seq bigint, start_hash char(64))
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
            WHEN previous_seq IS NULL AND start_hash IS NOT NULL AND entry_hash IS DISTINCT FROM start_hash THEN 'CHANGED'
            WHEN prev_hash IS DISTINCT FROM coalesce(expected_prev, CASE WHEN start_hash IS NULL THEN repeat('0', 64) END,
                    prev_hash) THEN 'LINK_BROKEN'
            WHEN entry_hash IS DISTINCT FROM audit_entry_digest(prev_hash, chain_seq, id, occurred_at, actor_subject,
                    actor_roles, action, record_type, record_id, outcome) THEN 'CHANGED'
        END AS problem
        FROM chain
    ), first_broken AS (
        SELECT chain_seq, id, problem FROM judged WHERE problem IS NOT NULL ORDER BY chain_seq LIMIT 1
    ), head AS (
        SELECT chain_seq, entry_hash FROM judged ORDER BY chain_seq DESC LIMIT 1
    )
    -- no entry at all from a checkpoint on: the checkpoint's entry and all after it were removed
    -- (from the start, an empty chain is intact)
    SELECT (SELECT count(*) FROM judged), (SELECT chain_seq FROM head), (SELECT entry_hash FROM head),
           (SELECT count(*) FROM audit_entry WHERE chain_seq IS NULL),
           coalesce((SELECT chain_seq FROM first_broken),
                    CASE WHEN start_hash IS NOT NULL AND NOT EXISTS (SELECT 1 FROM judged) THEN start_seq END),
           (SELECT id FROM first_broken),
           coalesce((SELECT problem FROM first_broken),
                    CASE WHEN start_hash IS NOT NULL AND NOT EXISTS (SELECT 1 FROM judged) THEN 'MISSING_BEFORE' END)
$$;

-- The full walk (V0_3's, which scripts/verify-audit.sh and GET /audit-entries/verification?full=true
-- run) is now the walk from the first position: one definition of what holds.
CREATE OR REPLACE FUNCTION audit_chain_verify()
    RETURNS TABLE (checked bigint, head_seq bigint, head_hash char(64), unsealed bigint,
                   broken_seq bigint, broken_entry_id bigint, problem text)
    LANGUAGE sql STABLE AS $$
    SELECT * FROM audit_chain_verify_since(1, NULL)
$$;
