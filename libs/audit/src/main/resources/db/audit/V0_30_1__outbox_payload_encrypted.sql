-- A hand-off's payload can carry what people wrote (a court's reason for an identity request, a
-- decision's note, an evidence file's name) until it is delivered and purged: it is encrypted and
-- sealed to its event from this version on (sanad-handoff's OutboxEvent, sanad-privacy). The keys
-- are not the database's, so events written before stay clear (NOT VALID) until the service seals
-- them at start; no clear payload can be written any more.
ALTER TABLE outbox_event ADD CONSTRAINT outbox_event_payload_encrypted CHECK (payload ~ '^enc2:') NOT VALID;
