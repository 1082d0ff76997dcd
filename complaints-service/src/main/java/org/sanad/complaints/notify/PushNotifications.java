package org.sanad.complaints.notify;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.complaints.config.NotificationsConfig;
import org.sanad.complaints.push.Urgency;
import org.sanad.complaints.push.WebPushSender;
import org.sanad.handoff.DeliveryChannel;
import org.sanad.handoff.DeliveryOutcome;
import org.sanad.handoff.OutboxEvent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sends the victims' notifications queued for Web Push ({@link NotificationDue#WEB_PUSH}): the
 * payload is {@code {title, body, url}}, neutral like the texts, the url the portal's tracking
 * page (never the secret). A subscription the push service says is gone (404, 410) is dead.
 */
@ApplicationScoped
public class PushNotifications implements DeliveryChannel {

    @Inject
    NotificationDeliveries deliveries;

    @Inject
    WebPushSender sender;

    @Inject
    NotificationsConfig config;

    @Inject
    ObjectMapper json;

    @Override
    public boolean delivers(String destination) {
        return NotificationDue.WEB_PUSH.destination().equals(destination);
    }

    @Override
    public DeliveryOutcome send(OutboxEvent event) {
        NotificationDue due = NotificationDues.read(json, event);
        Optional<DeliveryOutcome> held = deliveries.heldForQuietHours(due.notificationId());
        if (held.isPresent()) {
            return held.get();
        }
        Optional<NotificationDeliveries.Push> push = deliveries.push(due.notificationId());
        if (push.isEmpty()) {
            return new DeliveryOutcome.Delivered();
        }
        DeliveryOutcome outcome = sender.send(push.get().to(), payload(push.get()), config.pushTtl(), Urgency.NORMAL);
        if (outcome instanceof DeliveryOutcome.Delivered) {
            deliveries.sent(due.notificationId(), null, null);
        } else if (outcome instanceof DeliveryOutcome.Dead dead) {
            deliveries.failed(due.notificationId(), dead.answer());
        } else if (outcome instanceof DeliveryOutcome.Retry retry) {
            deliveries.notYet(due.notificationId(), retry.reason());
        } else if (outcome instanceof DeliveryOutcome.Refused refused) {
            deliveries.notYet(due.notificationId(), refused.answer());
        }
        return outcome;
    }

    private byte[] payload(NotificationDeliveries.Push push) {
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("title", push.title());
        payload.put("body", push.body());
        payload.put("url", push.url().toString());
        try {
            return json.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A push payload cannot be written as JSON", e);
        }
    }
}
