-- what the victim is told of the investigation, and the case-side time it was true at
ALTER TABLE complaint ADD COLUMN target_case_number       varchar(32);
ALTER TABLE complaint ADD COLUMN case_number              varchar(32);
ALTER TABLE complaint ADD COLUMN investigation_status     varchar(32);
ALTER TABLE complaint ADD COLUMN investigation_updated_at timestamptz;
