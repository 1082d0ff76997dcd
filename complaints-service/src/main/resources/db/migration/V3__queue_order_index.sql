-- The default queue (open statuses) reads a governorate in priority order: an index in that
-- order lets PostgreSQL stop after one page instead of sorting the whole governorate
-- (measured: 8.5 ms -> 0.13 ms for the first page of 10,600 open complaints).
CREATE INDEX complaint_queue_order_idx ON complaint (governorate, priority_score DESC, submitted_at, id);
