-- A receiver's refusal is tried again up to outbox.refusal-attempts times before the event is dead
-- (a 404 from a receiver not yet deployed, a 403 from a realm not yet fixed). Refusals are counted
-- apart from the attempts an outage cost, so the first refusal after a long outage is not the last.
ALTER TABLE outbox_event ADD COLUMN refusals integer NOT NULL DEFAULT 0;
