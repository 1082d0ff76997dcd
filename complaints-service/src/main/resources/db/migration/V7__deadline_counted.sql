-- Whether a complaint's priority already counts its deadline as imminent. The refresh job reads only
-- the open complaints whose deadline has come near and is not yet counted, a batch at a time; it used
-- to load every open complaint past its deadline on every run, however many and however long ago.
ALTER TABLE complaint ADD COLUMN deadline_counted boolean NOT NULL DEFAULT false;

-- (existing complaints start uncounted: the job's first run goes through them once)
DROP INDEX complaint_open_deadline_idx;
CREATE INDEX complaint_deadline_due_idx ON complaint (deadline, id)
    WHERE deadline IS NOT NULL AND NOT deadline_counted AND status IN ('SUBMITTED', 'UNDER_REVIEW', 'NEEDS_INFORMATION');
