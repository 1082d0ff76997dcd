-- A complaint arrives once. The first delivery of a complaint links it into a case; every later one
-- (an update, or a first delivery sent again) merges into the cases it is in. Two deliveries of the
-- same complaint applied at once by two replicas both used to find it unlinked and open two cases:
-- the primary key now decides, and the loser waits for the winner's commit and merges.
CREATE TABLE complaint_arrival (
    complaint_id uuid PRIMARY KEY,
    arrived_at   timestamptz NOT NULL
);

INSERT INTO complaint_arrival (complaint_id, arrived_at)
SELECT complaint_id, min(linked_at) FROM case_complaint GROUP BY complaint_id;
