-- the investigating case's id in cases-service, so a client can follow the complaint to its case
ALTER TABLE complaint ADD COLUMN case_id uuid;
