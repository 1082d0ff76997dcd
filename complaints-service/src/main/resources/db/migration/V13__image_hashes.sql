-- Hashes of intimate images and videos the victim keeps on their device (PDQ for images, MD5 for
-- videos, as StopNCII and Take It Down take them): the file never reaches the service, its hash
-- can be matched. The hash is clear and indexed by (algorithm, value) for that matching; the
-- victim's label for it is their own words, encrypted and sealed to the row (enc2, as V29_3).
-- A complaint holds a hash once: a repeated one is ignored by the service, and refused here.
CREATE TABLE image_hash (
    id           uuid PRIMARY KEY,
    complaint_id uuid        NOT NULL REFERENCES complaint (id) ON DELETE CASCADE,
    position     integer     NOT NULL,
    algorithm    varchar(8)  NOT NULL CONSTRAINT image_hash_algorithm_known CHECK (algorithm IN ('PDQ', 'MD5')),
    value        varchar(64) NOT NULL,
    quality      integer,
    label        text CONSTRAINT image_hash_label_encrypted CHECK (label ~ '^enc2:'),
    added_with   varchar(16) NOT NULL CONSTRAINT image_hash_added_with_known CHECK (added_with IN ('FILING', 'SUPPLEMENT')),
    added_at     timestamptz NOT NULL,
    CONSTRAINT image_hash_value_hex CHECK (
        (algorithm = 'PDQ' AND value ~ '^[0-9a-f]{64}$') OR (algorithm = 'MD5' AND value ~ '^[0-9a-f]{32}$')),
    CONSTRAINT image_hash_quality_of_pdq CHECK (
        (algorithm = 'PDQ' AND quality BETWEEN 0 AND 100) OR (algorithm = 'MD5' AND quality IS NULL)),
    CONSTRAINT image_hash_once_per_complaint UNIQUE (complaint_id, algorithm, value)
);
CREATE INDEX image_hash_match_idx ON image_hash (algorithm, value);
