-- Case lists without a status filter read a governorate in priority order, newest first.
CREATE INDEX case_list_order_idx ON investigation_case (governorate, priority_score DESC, created_at DESC, id);
