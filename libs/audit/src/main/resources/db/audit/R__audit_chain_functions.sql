-- The audit chain's functions as they are now, in one place: a change to one is made here (Flyway
-- runs this file again after the versioned migrations whenever it changes), never by a new
-- versioned migration. The tables, triggers and rights they rely on stay in the versioned
-- migrations that made them (V0_3, V0_6, V0_29_1, V0_29_2); those migrations also hold earlier
-- definitions, as history. A function's arguments and result cannot change here (CREATE OR REPLACE
-- keeps them): such a change needs a versioned migration that drops the old one first.

-- The one definition of an entry's hash, used by the sealer and by the verifier.
CREATE OR REPLACE FUNCTION audit_entry_digest(prev char(64), seq bigint, entry_id bigint, occurred timestamptz,
        subject varchar, roles varchar, act varchar, rtype varchar, rid varchar, result varchar)
    RETURNS char(64) LANGUAGE sql STABLE AS $$
    SELECT encode(sha256(convert_to(json_build_array(prev, seq, entry_id,
        to_char(occurred AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        subject, roles, act, rtype, rid, result)::text, 'UTF8')), 'hex')
$$;

-- Nothing changes an entry once written, whoever asks (the owner included), except sealing it
-- once; nothing deletes or truncates the log (the triggers audit_entry_append_only and
-- audit_entry_no_truncate, V0_3).
CREATE OR REPLACE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF OLD.chain_seq IS NULL AND NEW.chain_seq IS NOT NULL
                AND (NEW.id, NEW.occurred_at, NEW.actor_subject, NEW.actor_roles, NEW.action, NEW.record_type,
                     NEW.record_id, NEW.outcome)
                IS NOT DISTINCT FROM (OLD.id, OLD.occurred_at, OLD.actor_subject, OLD.actor_roles, OLD.action,
                     OLD.record_type, OLD.record_id, OLD.outcome) THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'audit entries are append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

-- Seals up to batch unsealed entries; answers how many (0 when another session is sealing). It
-- runs with the owner's rights (the service itself has no UPDATE on the log) and can do nothing
-- but seal: the trigger above refuses any other change.
CREATE OR REPLACE FUNCTION audit_chain_seal(batch integer) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    seq    bigint;
    prev   char(64);
    digest char(64);
    sealed integer := 0;
    entry  audit_entry;
BEGIN
    IF NOT pg_try_advisory_xact_lock(hashtext('sanad.audit_chain')) THEN
        RETURN 0;
    END IF;
    SELECT e.chain_seq, e.entry_hash INTO seq, prev FROM audit_entry e
        WHERE e.chain_seq IS NOT NULL ORDER BY e.chain_seq DESC LIMIT 1;
    seq := coalesce(seq, 0);
    prev := coalesce(prev, repeat('0', 64));
    FOR entry IN SELECT * FROM audit_entry e WHERE e.chain_seq IS NULL ORDER BY e.id LIMIT batch LOOP
        seq := seq + 1;
        digest := audit_entry_digest(prev, seq, entry.id, entry.occurred_at, entry.actor_subject, entry.actor_roles,
                entry.action, entry.record_type, entry.record_id, entry.outcome);
        UPDATE audit_entry SET chain_seq = seq, prev_hash = prev, entry_hash = digest WHERE id = entry.id;
        prev := digest;
        sealed := sealed + 1;
    END LOOP;
    RETURN sealed;
END
$$;
REVOKE ALL ON FUNCTION audit_chain_seal(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_chain_seal(integer) TO ${app_role};

-- A checkpoint must name a sealed entry by its position and hash (the trigger
-- audit_chain_checkpoint_on_the_chain, V0_29_1).
CREATE OR REPLACE FUNCTION audit_chain_checkpoint_on_the_chain() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM audit_entry e WHERE e.chain_seq = NEW.chain_seq AND e.entry_hash = NEW.entry_hash) THEN
        RAISE EXCEPTION 'audit chain checkpoint at % names no sealed entry with that hash', NEW.chain_seq
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;

-- Every sealed entry from the entry at start_seq, with what does not hold of it (null when it
-- holds): CHANGED (its content no longer gives its hash), MISSING_BEFORE (a gap: entries before it
-- were removed) or LINK_BROKEN (it does not follow the entry before it); and, when not one entry is
-- left from a checkpoint on, a row for the checkpoint's removed entry (no id, MISSING_BEFORE).
CREATE OR REPLACE FUNCTION audit_chain_judged(start_seq bigint, start_hash char(64))
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

-- The walk from the entry at start_seq (start_hash its expected hash, null from the first entry):
-- how many it checked, its head, how many wait to be sealed, and the first entry that does not hold.
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

-- The full walk (scripts/verify-audit.sh, GET /audit-entries/verification?full=true): the walk
-- from the first position.
CREATE OR REPLACE FUNCTION audit_chain_verify()
    RETURNS TABLE (checked bigint, head_seq bigint, head_hash char(64), unsealed bigint,
                   broken_seq bigint, broken_entry_id bigint, problem text)
    LANGUAGE sql STABLE AS $$
    SELECT * FROM audit_chain_verify_since(1, NULL)
$$;

-- Every entry that does not hold from the entry at start_seq, in order: at most max_breaks of
-- them, each with the number of all (a log rewritten at large breaks everywhere).
CREATE OR REPLACE FUNCTION audit_chain_breaks(start_seq bigint, start_hash char(64), max_breaks integer)
    RETURNS TABLE (broken_seq bigint, broken_entry_id bigint, problem text, breaks bigint)
    LANGUAGE sql STABLE AS $$
    SELECT j.chain_seq, j.entry_id, j.problem, count(*) OVER () FROM audit_chain_judged(start_seq, start_hash) j
    WHERE j.problem IS NOT NULL ORDER BY j.chain_seq LIMIT max_breaks
$$;

-- Walks the chain from the last checkpoint, or from the first entry when from_first, and answers
-- where it began and what it found. When the walk found the chain intact and keep_head is true, its
-- head becomes the next checkpoint (the service passes false when the chain no longer holds a head
-- it anchored outside the database). The service role may not insert a checkpoint otherwise.
CREATE OR REPLACE FUNCTION audit_chain_walk(from_first boolean, keep_head boolean)
    RETURNS TABLE (from_seq bigint, checked bigint, head_seq bigint, head_hash char(64), unsealed bigint,
                   broken_seq bigint, broken_entry_id bigint, problem text)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    start_seq  bigint;
    start_hash char(64);
    walked     record;
BEGIN
    IF NOT from_first THEN
        SELECT c.chain_seq, c.entry_hash INTO start_seq, start_hash FROM audit_chain_checkpoint c
            ORDER BY c.chain_seq DESC LIMIT 1;
    END IF;
    start_seq := coalesce(start_seq, 1);
    SELECT * INTO walked FROM audit_chain_verify_since(start_seq, start_hash) v;
    IF keep_head AND walked.problem IS NULL AND walked.head_seq IS NOT NULL THEN
        INSERT INTO audit_chain_checkpoint AS c (chain_seq, entry_hash, verified_at, full_walk)
            VALUES (walked.head_seq, walked.head_hash, now(), start_hash IS NULL)
            ON CONFLICT ON CONSTRAINT audit_chain_checkpoint_pkey DO NOTHING;
    END IF;
    RETURN QUERY SELECT start_seq, walked.checked, walked.head_seq, walked.head_hash, walked.unsealed,
        walked.broken_seq, walked.broken_entry_id, walked.problem;
END
$$;
REVOKE ALL ON FUNCTION audit_chain_walk(boolean, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_chain_walk(boolean, boolean) TO ${app_role};
