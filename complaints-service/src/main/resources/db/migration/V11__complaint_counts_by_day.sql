-- The supervisors' statistics read these counts for every day that is over, and count only the
-- complaints filed since: a year's statistics read at most a row per day, governorate and key
-- (about 110,000), however many complaints the year had. A complaint's filing day, governorate,
-- platforms and threat types never change and complaints are not deleted, so a day's counts,
-- once made, stay true. StatisticsRollup adds the days as they end.
CREATE TABLE complaint_day_count (
    day          date        NOT NULL,
    governorate  varchar(16) NOT NULL,
    -- GOVERNORATE: the day's complaints in the governorate (key = the governorate);
    -- PLATFORM, THREAT: those that named the platform or threat type (key)
    dimension    varchar(16) NOT NULL CHECK (dimension IN ('GOVERNORATE', 'PLATFORM', 'THREAT')),
    key          varchar(32) NOT NULL,
    count        bigint      NOT NULL CHECK (count > 0),
    PRIMARY KEY (governorate, day, dimension, key)
);
-- national supervisors read every governorate's days in the range
CREATE INDEX complaint_day_count_day_idx ON complaint_day_count (day);

-- Every day before counted_before is in complaint_day_count; the statistics count the complaints
-- filed from then on directly. One row; the rollup holds its lock while it adds days.
CREATE TABLE complaint_day_count_mark (
    id              smallint PRIMARY KEY CHECK (id = 1),
    counted_before  date     NOT NULL
);
INSERT INTO complaint_day_count_mark (id, counted_before)
    VALUES (1, coalesce((SELECT min(submitted_at AT TIME ZONE 'UTC')::date FROM complaint), (now() AT TIME ZONE 'UTC')::date));
