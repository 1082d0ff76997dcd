-- supervisors' statistics (GET /statistics/cases) read cases by when they were opened and arrests
-- by when they took place, across governorates for a national unit
CREATE INDEX case_opened_idx ON investigation_case (created_at);
CREATE INDEX case_action_arrest_idx ON case_action (occurred_at) WHERE type = 'ARREST';
