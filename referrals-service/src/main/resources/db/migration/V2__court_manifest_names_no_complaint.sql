-- Versions and court feed entries stored before CourtManifest named files neutrally: each evidence
-- item takes the name item-<place in the manifest>.<extension> instead of the name it was uploaded
-- with, and a description naming the complaint ("Evidence of complaint <tracking number>: <file
-- name>") the one cases-service writes now. The same rule as CourtManifest, in SQL.
CREATE FUNCTION court_manifest_v2(items jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(jsonb_agg(
        item
        || jsonb_build_object('fileName', 'item-' || place || '.' || CASE lower(btrim(item ->> 'contentType'))
                WHEN 'image/jpeg' THEN 'jpg' WHEN 'image/png' THEN 'png' WHEN 'image/gif' THEN 'gif'
                WHEN 'image/webp' THEN 'webp' WHEN 'image/heic' THEN 'heic' WHEN 'video/mp4' THEN 'mp4'
                WHEN 'video/quicktime' THEN 'mov' WHEN 'audio/mpeg' THEN 'mp3' WHEN 'audio/ogg' THEN 'ogg'
                WHEN 'audio/mp4' THEN 'm4a' WHEN 'application/pdf' THEN 'pdf' WHEN 'text/plain' THEN 'txt'
                WHEN 'application/zip' THEN 'zip' ELSE 'bin' END)
        || CASE WHEN item ->> 'description' LIKE 'Evidence of complaint %' THEN jsonb_build_object('description',
                'Evidence file from a victim''s complaint: '
                || CASE WHEN lower(btrim(item ->> 'contentType')) ~ '^[a-z0-9][a-z0-9.+-]{0,40}/[a-z0-9][a-z0-9.+-]{0,60}$'
                        THEN lower(btrim(item ->> 'contentType')) ELSE 'unknown type' END
                || ', ' || coalesce(item ->> 'sizeBytes', '0') || ' bytes')
            ELSE '{}'::jsonb END
        ORDER BY place), '[]'::jsonb)
    FROM jsonb_array_elements(items) WITH ORDINALITY AS listed (item, place)
$$;

UPDATE referral_version SET evidence = court_manifest_v2(evidence) WHERE jsonb_typeof(evidence) = 'array';
UPDATE feed_entry SET snapshot = jsonb_set(snapshot, '{evidence}', court_manifest_v2(snapshot -> 'evidence'))
WHERE jsonb_typeof(snapshot -> 'evidence') = 'array';

DROP FUNCTION court_manifest_v2(jsonb);
