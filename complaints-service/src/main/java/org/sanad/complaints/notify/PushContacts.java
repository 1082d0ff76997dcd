package org.sanad.complaints.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.complaints.push.PushSubscription;
import org.sanad.complaints.push.WebPushSender;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A browser's push subscription as the victim's contact keeps it: checked, then stored as JSON. */
@ApplicationScoped
class PushContacts {

    @Inject
    WebPushSender sender;

    @Inject
    ObjectMapper json;

    /** The subscription as stored; refused (400, under {@code field}) when Web Push would not send to it. */
    String checked(PushSubscription subscription, String field) {
        sender.check(subscription, field);
        try {
            return json.writeValueAsString(subscription);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A push subscription cannot be written as JSON", e);
        }
    }

    PushSubscription read(String stored) {
        try {
            return json.readValue(stored, PushSubscription.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored push subscription is not one", e);
        }
    }
}
