-- Where an evidence object's sealed segments are: 'database' (evidence_segment rows) or 's3' (an
-- S3-compatible object store, sanad.evidence-store.kind=s3). The metadata stays here either way.
ALTER TABLE evidence_object ADD COLUMN storage varchar(16) NOT NULL DEFAULT 'database';
