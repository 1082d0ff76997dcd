-- A complaint's platforms, threat types and demand types move into its row, as arrays of their
-- enums' names: a filing writes one row instead of four, a read, the queue page and the cases'
-- hand-off read them with the complaint instead of a query per kind. They never change after
-- filing.
ALTER TABLE complaint
    ADD COLUMN platforms    varchar(24)[] NOT NULL DEFAULT '{}',
    ADD COLUMN threat_types varchar(32)[] NOT NULL DEFAULT '{}',
    ADD COLUMN demand_types varchar(24)[] NOT NULL DEFAULT '{}';

UPDATE complaint c SET
    platforms = coalesce((SELECT array_agg(p.platform ORDER BY p.platform) FROM complaint_platform p
                          WHERE p.complaint_id = c.id), '{}'),
    threat_types = coalesce((SELECT array_agg(t.threat_type ORDER BY t.threat_type) FROM complaint_threat t
                             WHERE t.complaint_id = c.id), '{}'),
    demand_types = coalesce((SELECT array_agg(d.demand_type ORDER BY d.demand_type) FROM complaint_demand d
                             WHERE d.complaint_id = c.id), '{}');

-- A rolling upgrade runs pods of the previous release beside this one's on this schema for a
-- while, and those still write and read the three tables. Until a later release drops them, both
-- forms are kept in step here: a complaint written with its arrays gets its rows (for the old
-- pods' reads), rows written by an old pod are added to its complaint's arrays (for the new ones').
-- Adding to an array that already holds the value changes nothing, so neither trigger wakes the
-- other again.
CREATE FUNCTION complaint_kinds_to_tables() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO complaint_platform (complaint_id, platform)
        SELECT NEW.id, unnest(NEW.platforms) ON CONFLICT DO NOTHING;
    INSERT INTO complaint_threat (complaint_id, threat_type)
        SELECT NEW.id, unnest(NEW.threat_types) ON CONFLICT DO NOTHING;
    INSERT INTO complaint_demand (complaint_id, demand_type)
        SELECT NEW.id, unnest(NEW.demand_types) ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;
CREATE TRIGGER complaint_kinds_to_tables AFTER INSERT ON complaint
    FOR EACH ROW EXECUTE FUNCTION complaint_kinds_to_tables();

CREATE FUNCTION complaint_platform_to_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE complaint SET platforms = array_append(platforms, NEW.platform)
        WHERE id = NEW.complaint_id AND NOT platforms @> ARRAY[NEW.platform];
    RETURN NULL;
END
$$;
CREATE TRIGGER complaint_platform_to_row AFTER INSERT ON complaint_platform
    FOR EACH ROW EXECUTE FUNCTION complaint_platform_to_row();

CREATE FUNCTION complaint_threat_to_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE complaint SET threat_types = array_append(threat_types, NEW.threat_type)
        WHERE id = NEW.complaint_id AND NOT threat_types @> ARRAY[NEW.threat_type];
    RETURN NULL;
END
$$;
CREATE TRIGGER complaint_threat_to_row AFTER INSERT ON complaint_threat
    FOR EACH ROW EXECUTE FUNCTION complaint_threat_to_row();

CREATE FUNCTION complaint_demand_to_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE complaint SET demand_types = array_append(demand_types, NEW.demand_type)
        WHERE id = NEW.complaint_id AND NOT demand_types @> ARRAY[NEW.demand_type];
    RETURN NULL;
END
$$;
CREATE TRIGGER complaint_demand_to_row AFTER INSERT ON complaint_demand
    FOR EACH ROW EXECUTE FUNCTION complaint_demand_to_row();
