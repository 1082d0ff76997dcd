-- Evidence bytes at rest (EvidenceStore): an object per file, its data key wrapped by a master
-- key (key_id), its bytes as AES-256-GCM segments; committed once the record referring to it is.
CREATE TABLE evidence_object (
    id           uuid PRIMARY KEY,
    created_at   timestamptz NOT NULL,
    committed    boolean     NOT NULL,
    key_id       varchar(64) NOT NULL,
    wrapped_key  bytea       NOT NULL,
    nonce_prefix bytea       NOT NULL,
    size_bytes   bigint,
    sha256       char(64),
    segments     integer
);
CREATE INDEX evidence_object_uncommitted_idx ON evidence_object (created_at) WHERE NOT committed;
CREATE INDEX evidence_object_key_idx ON evidence_object (key_id);

CREATE TABLE evidence_segment (
    object_id  uuid    NOT NULL REFERENCES evidence_object (id) ON DELETE CASCADE,
    seq        integer NOT NULL,
    ciphertext bytea   NOT NULL,
    PRIMARY KEY (object_id, seq)
);
-- bytes already encrypted and high-entropy: PostgreSQL's compression only costs time
ALTER TABLE evidence_segment ALTER COLUMN ciphertext SET STORAGE EXTERNAL;
