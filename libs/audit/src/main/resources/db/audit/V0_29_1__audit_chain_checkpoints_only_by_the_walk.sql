-- A checkpoint is the head of a walk that found the chain intact, and nothing else. The service
-- role could insert one: a made-up checkpoint at a far position made every regular walk start
-- past whatever was changed before it. It may no longer insert one; it asks audit_chain_walk,
-- which runs with the owner's rights, walks, and records the head only when that walk found the
-- chain intact. Any checkpoint written otherwise, by the owner too, must name a sealed entry by
-- its position and hash.
REVOKE INSERT ON audit_chain_checkpoint FROM ${app_role};

CREATE FUNCTION audit_chain_checkpoint_on_the_chain() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM audit_entry e WHERE e.chain_seq = NEW.chain_seq AND e.entry_hash = NEW.entry_hash) THEN
        RAISE EXCEPTION 'audit chain checkpoint at % names no sealed entry with that hash', NEW.chain_seq
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_chain_checkpoint_on_the_chain BEFORE INSERT ON audit_chain_checkpoint
    FOR EACH ROW EXECUTE FUNCTION audit_chain_checkpoint_on_the_chain();

-- Walks the chain from the last checkpoint, or from the first entry when from_first, as
-- audit_chain_verify_since does, and answers where it began and what it found. When the walk found
-- the chain intact and keep_head is true, its head becomes the next checkpoint (the service passes
-- false when the chain no longer holds a head it anchored outside the database).
CREATE FUNCTION audit_chain_walk(from_first boolean, keep_head boolean)
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
