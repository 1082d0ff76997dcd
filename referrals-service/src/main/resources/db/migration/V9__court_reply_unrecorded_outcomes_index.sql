-- The replies still waiting for their outcome codes (UnrecordedOutcomes, every minute): reviews and
-- decisions from before V8. Receipts and hearings keep no outcome and stay null forever, so without
-- this the job's query would read the whole table each minute; with it, an empty index once caught up.
create index court_reply_unrecorded_outcomes on court_reply (id)
    where outcomes is null and kind in ('REVIEW', 'DECISION');
