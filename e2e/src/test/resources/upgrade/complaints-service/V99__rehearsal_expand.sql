-- The e2e's rehearsal of a next release's migration (SuiteIT, docs/operations/upgrades.md): what a
-- release may add while the previous one keeps running on the schema, in the shape the rules ask for.
-- A nullable column the running release never names (its inserts leave it null, its reads skip it)
-- and a table of its own (the app role may write it: the default privileges of V0_3); nothing the
-- running release reads or writes changes. The test removes both afterwards.
ALTER TABLE complaint ADD COLUMN rehearsal_channel varchar(16);

CREATE TABLE rehearsal_note (
    id           uuid         PRIMARY KEY,
    complaint_id uuid         NOT NULL REFERENCES complaint (id),
    written_at   timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX rehearsal_note_complaint_idx ON rehearsal_note (complaint_id);
