package org.sanad.complaints.notify;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.complaints.sms.SmsGateway;
import org.sanad.complaints.sms.SmsRefused;
import org.sanad.complaints.sms.SmsSubmission;
import org.sanad.complaints.sms.SmsUnavailable;
import org.sanad.handoff.DeliveryChannel;
import org.sanad.handoff.DeliveryOutcome;
import org.sanad.handoff.OutboxEvent;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sends the notifications queued for SMS ({@link NotificationDue#SMS}) over SMPP: an SMSC that
 * cannot take it now (no session, throttled, a timeout) has it tried again by the outbox relay
 * with its backoff; one that refuses it for good (an invalid destination) parks it dead for an
 * operator, and it shows as failed.
 */
@ApplicationScoped
public class SmsNotifications implements DeliveryChannel {

    @Inject
    NotificationDeliveries deliveries;

    @Inject
    SmsGateway gateway;

    @Inject
    ObjectMapper json;

    @Override
    public boolean delivers(String destination) {
        return NotificationDue.SMS.destination().equals(destination);
    }

    @Override
    public DeliveryOutcome send(OutboxEvent event) {
        NotificationDue due = NotificationDues.read(json, event);
        Optional<DeliveryOutcome> held = deliveries.heldForQuietHours(due.notificationId());
        if (held.isPresent()) {
            return held.get();
        }
        Optional<NotificationDeliveries.Sms> sms = deliveries.sms(due.notificationId());
        if (sms.isEmpty()) {
            return new DeliveryOutcome.Delivered();
        }
        try {
            SmsSubmission submission = gateway.submit(sms.get().to(), sms.get().text());
            deliveries.sent(due.notificationId(), submission.messageIds(), submission.segments());
            return new DeliveryOutcome.Delivered();
        } catch (SmsUnavailable e) {
            String reason = "SMSC unavailable: " + e.getMessage();
            deliveries.notYet(due.notificationId(), reason);
            return new DeliveryOutcome.Retry(null, reason, null);
        } catch (SmsRefused e) {
            String answer = "SMSC refused the message (command status " + e.commandStatus() + "): " + e.getMessage();
            deliveries.failed(due.notificationId(), answer);
            return new DeliveryOutcome.Dead(e.commandStatus(), answer);
        }
    }
}
