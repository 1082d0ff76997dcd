-- A complaint's evidence file was described as "Evidence of complaint <tracking number>: <file name>",
-- and referrals copied that text to the courts, undoing the victim's pseudonym. It is described by
-- what it is instead (EvidenceDescriptions.complaintFile: the media type when it reads as one, and
-- the size); the file name stays in file_name, for investigators only.
UPDATE evidence_item
SET description = 'Evidence file from a victim''s complaint: '
        || CASE WHEN lower(btrim(content_type)) ~ '^[a-z0-9][a-z0-9.+-]{0,40}/[a-z0-9][a-z0-9.+-]{0,60}$'
                THEN lower(btrim(content_type)) ELSE 'unknown type' END
        || ', ' || coalesce(size_bytes, 0) || ' bytes'
WHERE source = 'COMPLAINT_EVIDENCE';
