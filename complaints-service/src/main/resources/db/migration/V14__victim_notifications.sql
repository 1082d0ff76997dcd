-- How the victim chose to be told of their complaint (issue 33), one row per complaint. The phone
-- and the browser's push subscription are encrypted and sealed to the row (enc2, as V29_3), read by
-- no officer, and nulled (erased_at set) once the complaint closed and its last message went out.
CREATE TABLE victim_contact (
    complaint_id      uuid PRIMARY KEY REFERENCES complaint (id) ON DELETE CASCADE,
    channel           varchar(16) NOT NULL CONSTRAINT victim_contact_channel_known CHECK (channel IN ('SMS', 'WEB_PUSH', 'NONE')),
    language          varchar(3)  NOT NULL CONSTRAINT victim_contact_language_known CHECK (language IN ('ar', 'en', 'fr', 'ckb')),
    phone             text CONSTRAINT victim_contact_phone_encrypted CHECK (phone ~ '^enc2:'),
    push_subscription text CONSTRAINT victim_contact_push_subscription_encrypted CHECK (push_subscription ~ '^enc2:'),
    registered_at     timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    erased_at         timestamptz,
    CONSTRAINT victim_contact_erased_holds_nothing CHECK (erased_at IS NULL OR (phone IS NULL AND push_subscription IS NULL))
);

-- Every message to a victim or to the officers on duty, written in the transaction of the change
-- it tells with the outbox event that sends it: once per event and channel, however often the
-- change is announced. No text and no address is kept: they are rendered when it is sent.
CREATE TABLE notification (
    id              uuid PRIMARY KEY,
    complaint_id    uuid         NOT NULL REFERENCES complaint (id) ON DELETE CASCADE,
    audience        varchar(8)   NOT NULL CONSTRAINT notification_audience_known CHECK (audience IN ('VICTIM', 'DUTY')),
    event           varchar(32)  NOT NULL,
    -- what makes the event one: the status change's id, the investigation's time, the alert's key
    event_key       varchar(200) NOT NULL,
    channel         varchar(16)  NOT NULL CONSTRAINT notification_channel_known CHECK (channel IN ('SMS', 'WEB_PUSH')),
    language        varchar(3)   NOT NULL CONSTRAINT notification_language_known CHECK (language IN ('ar', 'en', 'fr', 'ckb')),
    safety          boolean      NOT NULL,
    status          varchar(16)  NOT NULL CONSTRAINT notification_status_known
        CHECK (status IN ('QUEUED', 'SENT', 'DELIVERED', 'UNDELIVERED', 'FAILED', 'SKIPPED')),
    outbox_event_id uuid         NOT NULL,
    not_before      timestamptz,
    queued_at       timestamptz  NOT NULL,
    sent_at         timestamptz,
    delivered_at    timestamptz,
    sms_message_ids varchar(64)[],
    segments        integer,
    last_error      varchar(1000),
    CONSTRAINT notification_once_per_event_and_channel UNIQUE (complaint_id, audience, event_key, channel)
);
CREATE INDEX notification_complaint_idx ON notification (complaint_id, queued_at);
-- delivery receipts name the SMSC's message id
CREATE INDEX notification_sms_message_idx ON notification USING gin (sms_message_ids);
