package org.sanad.complaints.notify;

import org.sanad.handoff.OutboxEvent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the {@link NotificationDue} an outbox event carries. */
final class NotificationDues {

    private NotificationDues() {
    }

    static NotificationDue read(ObjectMapper json, OutboxEvent event) {
        try {
            return json.readValue(event.payload, NotificationDue.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Outbox event " + event.id + " does not carry a notification", e);
        }
    }
}
