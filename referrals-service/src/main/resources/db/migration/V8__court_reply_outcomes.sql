-- the court's outcomes in clear beside the encrypted reply, for the statistics (GET
-- /statistics/referrals): a review's outcome (ACCEPTED, PARTIALLY_ACCEPTED, RETURNED), a decision's
-- verdicts' outcomes (CONVICTED, ACQUITTED, DISMISSED), one element per verdict. Codes only: who was
-- tried, on what charge and with what sentence stay in the encrypted body. The replies recorded
-- before are given theirs by the service, which can read the bodies (UnrecordedOutcomes).
ALTER TABLE court_reply ADD COLUMN outcomes varchar(24)[];
