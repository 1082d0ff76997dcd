-- A suspect takes up to 20 aliases of up to 100 characters, stored joined by commas: up to 2,019
-- characters, which varchar(1000) could not hold (a 500, then a 400 the investigator could not act on).
ALTER TABLE suspect ALTER COLUMN aliases TYPE varchar(2019);
