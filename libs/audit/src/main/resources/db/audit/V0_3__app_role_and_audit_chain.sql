-- The service runs as its own database role (${app_role}, quarkus.datasource.username), not as the
-- schema's owner that runs these migrations (quarkus.flyway.username). It reads and writes the
-- service's tables; of the audit log it may only insert and read.
GRANT USAGE ON SCHEMA public TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app_role};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app_role};
-- tables and sequences the owner creates later (a service's own migrations) are granted alike
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app_role};
REVOKE ALL ON ${flyway:table} FROM ${app_role};
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM ${app_role};

-- The audit log is a hash chain. Entries are inserted unsealed (no lock on the request's path);
-- one sealer at a time (audit_chain_seal, under an advisory lock, whichever replica gets it)
-- numbers the committed unsealed entries in id order and links each to the one before:
-- entry_hash = SHA-256 of the previous entry's hash and this entry's content. The chain's order is
-- the order of sealing, so concurrent writers never compete for a position.
ALTER TABLE audit_entry
    ADD COLUMN chain_seq  bigint UNIQUE,
    ADD COLUMN prev_hash  char(64),
    ADD COLUMN entry_hash char(64);
CREATE INDEX audit_entry_unsealed_idx ON audit_entry (id) WHERE chain_seq IS NULL;

-- The one definition of an entry's hash, used by the sealer and by the verifier.
CREATE FUNCTION audit_entry_digest(prev char(64), seq bigint, entry_id bigint, occurred timestamptz,
        subject varchar, roles varchar, act varchar, rtype varchar, rid varchar, result varchar)
    RETURNS char(64) LANGUAGE sql STABLE AS $$
    SELECT encode(sha256(convert_to(json_build_array(prev, seq, entry_id,
        to_char(occurred AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        subject, roles, act, rtype, rid, result)::text, 'UTF8')), 'hex')
$$;

-- Nothing changes an entry once written, whoever asks (the owner included), except sealing it
-- once; nothing deletes or truncates the log.
CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
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
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();

-- Seals up to batch unsealed entries; answers how many (0 when another session is sealing). It
-- runs with the owner's rights (the service itself has no UPDATE on the log) and can do nothing
-- but seal: the trigger above refuses any other change.
CREATE FUNCTION audit_chain_seal(batch integer) RETURNS integer
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

-- Walks the sealed chain in order and reports the first entry that does not hold: CHANGED (its
-- content no longer gives its hash), MISSING_BEFORE (a gap in the sequence: entries before it were
-- removed) or LINK_BROKEN (it does not follow the entry before it: one was inserted, replaced or
-- re-sealed). No row of problem means the chain is intact up to head_seq.
CREATE FUNCTION audit_chain_verify()
    RETURNS TABLE (checked bigint, head_seq bigint, head_hash char(64), unsealed bigint,
                   broken_seq bigint, broken_entry_id bigint, problem text)
    LANGUAGE sql STABLE AS $$
    WITH chain AS (
        SELECT e.*, lag(e.entry_hash) OVER w AS expected_prev, lag(e.chain_seq) OVER w AS previous_seq
        FROM audit_entry e WHERE e.chain_seq IS NOT NULL
        WINDOW w AS (ORDER BY e.chain_seq)
    ), judged AS (
        SELECT chain_seq, id, entry_hash, CASE
            WHEN chain_seq <> coalesce(previous_seq, 0) + 1 THEN 'MISSING_BEFORE'
            WHEN prev_hash IS DISTINCT FROM coalesce(expected_prev, repeat('0', 64)) THEN 'LINK_BROKEN'
            WHEN entry_hash IS DISTINCT FROM audit_entry_digest(prev_hash, chain_seq, id, occurred_at, actor_subject,
                    actor_roles, action, record_type, record_id, outcome) THEN 'CHANGED'
        END AS problem
        FROM chain
    ), first_broken AS (
        SELECT chain_seq, id, problem FROM judged WHERE problem IS NOT NULL ORDER BY chain_seq LIMIT 1
    ), head AS (
        SELECT chain_seq, entry_hash FROM judged ORDER BY chain_seq DESC LIMIT 1
    )
    SELECT (SELECT count(*) FROM judged), (SELECT chain_seq FROM head), (SELECT entry_hash FROM head),
           (SELECT count(*) FROM audit_entry WHERE chain_seq IS NULL),
           (SELECT chain_seq FROM first_broken), (SELECT id FROM first_broken), (SELECT problem FROM first_broken)
$$;
