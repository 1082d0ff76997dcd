-- the court's outcomes in clear beside the encrypted reply, for the statistics (GET
-- /statistics/referrals): a review's outcome (ACCEPTED, PARTIALLY_ACCEPTED, RETURNED), a decision's
-- verdicts' outcomes (CONVICTED, ACQUITTED, DISMISSED), one element per verdict. Codes only: who was
-- tried, on what charge and with what sentence stay in the encrypted body.
ALTER TABLE court_reply ADD COLUMN outcomes varchar(24)[];

-- replies stored before their bodies were encrypted are read here; the encrypted ones are left
-- null and counted by the service from their bodies
UPDATE court_reply SET outcomes = CASE kind
        WHEN 'REVIEW' THEN ARRAY[body::jsonb ->> 'outcome']
        ELSE ARRAY(SELECT v ->> 'outcome' FROM jsonb_array_elements(body::jsonb -> 'verdicts') v)
    END
    WHERE kind IN ('REVIEW', 'DECISION') AND body LIKE '{%';
