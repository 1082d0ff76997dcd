-- "my complaints" pages by (submitted_at, id), newest first
DROP INDEX complaint_filer_idx;
CREATE INDEX complaint_filer_idx ON complaint (filer_subject, submitted_at DESC, id DESC) WHERE filer_subject IS NOT NULL;
