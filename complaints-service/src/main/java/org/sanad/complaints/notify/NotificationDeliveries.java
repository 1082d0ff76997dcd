package org.sanad.complaints.notify;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.sanad.core.time.Timestamps;
import org.sanad.handoff.DeliveryOutcome;
import org.sanad.complaints.config.NotificationsConfig;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.push.PushSubscription;

/**
 * The short transactions around one sending, so none stays open while the SMSC or the push
 * service answers: what to send and to whom, read just before; what became of it, written just
 * after. A message whose contact was erased or whose channel changed meanwhile is not sent.
 */
@ApplicationScoped
public class NotificationDeliveries {

    /** One text to one phone. */
    public record Sms(UUID notificationId, String to, String text) {
    }

    /** One push notification to one browser: its {@code payload} the JSON {title, body, url}. */
    public record Push(UUID notificationId, PushSubscription to, String title, String body, URI url) {
    }

    @Inject
    NotificationsConfig config;

    @Inject
    PushContacts pushContacts;

    @Inject
    NotificationMetrics metrics;

    /**
     * The retry that holds a notification back until the quiet hours end, when it is not a safety
     * message and they have begun: the hours are kept at every attempt, not only when it was queued,
     * so a retry after an outage or an operator's re-queue does not reach a victim in the night either.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<DeliveryOutcome> heldForQuietHours(UUID notificationId) {
        Notification notification = Notification.findById(notificationId);
        if (notification == null || notification.safety) {
            return Optional.empty();
        }
        Instant now = Timestamps.now();
        return Optional.ofNullable(QuietHours.of(config).heldUntil(now)).map(until -> new DeliveryOutcome.Retry(null,
                "held until the quiet hours end", Duration.between(now, until)));
    }

    /** The text to send for the notification; none (it is marked skipped) when there is no one to send it to any more. */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<Sms> sms(UUID notificationId) {
        Notification notification = due(notificationId);
        if (notification == null) {
            return Optional.empty();
        }
        Complaint complaint = Complaint.findById(notification.complaintId);
        if (notification.audience == Audience.DUTY) {
            DutyMessage message = DutyMessage.valueOf(notification.event);
            Optional<String> to = DutyContacts.of(config, complaint.governorate, message);
            if (to.isEmpty()) {
                skip(notification, "the duty contact is no longer configured");
                return Optional.empty();
            }
            String link = config.consoleUrl().toString().replaceFirst("/$", "") + "/complaints/" + complaint.id;
            return Optional.of(new Sms(notification.id, to.get(),
                    NotificationTemplates.text(notification.language, message.name(), complaint.trackingNumber, link)));
        }
        VictimContact contact = reachableBy(notification, ContactChannel.SMS);
        if (contact == null) {
            return Optional.empty();
        }
        return Optional.of(new Sms(notification.id, contact.phone, NotificationTemplates.text(notification.language,
                notification.event, complaint.trackingNumber, config.trackingUrl().toString())));
    }

    /** The push notification to send; none (it is marked skipped) when there is no browser to send it to any more. */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<Push> push(UUID notificationId) {
        Notification notification = due(notificationId);
        if (notification == null) {
            return Optional.empty();
        }
        VictimContact contact = reachableBy(notification, ContactChannel.WEB_PUSH);
        if (contact == null) {
            return Optional.empty();
        }
        Complaint complaint = Complaint.findById(notification.complaintId);
        String link = config.trackingUrl().toString();
        return Optional.of(new Push(notification.id, pushContacts.read(contact.pushSubscription),
                NotificationTemplates.template(notification.language, NotificationTemplates.TITLE),
                NotificationTemplates.text(notification.language, notification.event, complaint.trackingNumber, link),
                config.trackingUrl()));
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void sent(UUID notificationId, List<String> smsMessageIds, Integer segments) {
        Notification notification = Notification.findById(notificationId);
        notification.status = NotificationStatus.SENT;
        notification.sentAt = Timestamps.now();
        notification.smsMessageIds = smsMessageIds;
        notification.segments = segments;
        notification.lastError = null;
        metrics.sent(notification.event, notification.channel);
    }

    /** Refused for good: its outbox event is parked dead for an operator. */
    @Transactional(TxType.REQUIRES_NEW)
    public void failed(UUID notificationId, String error) {
        Notification notification = Notification.findById(notificationId);
        notification.status = NotificationStatus.FAILED;
        notification.lastError = clip(error);
        metrics.failed(notification.event, notification.channel);
    }

    /** Not sent now; the outbox tries again. */
    @Transactional(TxType.REQUIRES_NEW)
    public void notYet(UUID notificationId, String error) {
        Notification.update("lastError = ?1 where id = ?2", clip(error), notificationId);
    }

    /**
     * How long after sending a receipt is still taken as the message's: an SMSC keeps a message at
     * most its validity period (days, at operators'), and reuses its message ids later.
     */
    static final Duration RECEIPT_WINDOW = Duration.ofDays(7);

    /**
     * The SMSC's receipt for one of the message's parts: delivered, or not (expired, rejected,
     * undeliverable); answers whether a message of that id was found. Only the newest message sent
     * under that id within {@link #RECEIPT_WINDOW} takes it (an SMSC reuses its ids), and a
     * delivered message is never turned undelivered by a later receipt of the same id.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean receipt(String messageId, boolean delivered, Instant doneAt) {
        @SuppressWarnings("unchecked")
        List<Notification> notifications = Notification.getEntityManager().createNativeQuery(
                "select * from notification where sms_message_ids @> array[cast(:id as varchar)] and status = 'SENT' "
                        + "and sent_at >= :since order by sent_at desc limit 1", Notification.class)
                .setParameter("id", messageId)
                .setParameter("since", Timestamps.now().minus(RECEIPT_WINDOW))
                .getResultList();
        for (Notification notification : notifications) {
            notification.status = delivered ? NotificationStatus.DELIVERED : NotificationStatus.UNDELIVERED;
            notification.deliveredAt = delivered ? doneAt : null;
        }
        return !notifications.isEmpty();
    }

    /** The notification if it still waits to be sent (a re-queued failure too); null when it went already. */
    private static Notification due(UUID notificationId) {
        Notification notification = Notification.findById(notificationId);
        if (notification == null) {
            return null;
        }
        return notification.status == NotificationStatus.QUEUED || notification.status == NotificationStatus.FAILED
                ? notification
                : null;
    }

    /** The victim's contact, if it still takes messages on the channel the notification was queued for. */
    private static VictimContact reachableBy(Notification notification, ContactChannel channel) {
        VictimContact contact = VictimContact.findById(notification.complaintId);
        if (contact == null || !contact.reachable()) {
            skip(notification, "the contact was erased");
            return null;
        }
        if (contact.channel != channel) {
            skip(notification, "the victim chose another channel");
            return null;
        }
        return contact;
    }

    private static void skip(Notification notification, String why) {
        notification.status = NotificationStatus.SKIPPED;
        notification.lastError = why;
    }

    private static String clip(String error) {
        return error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
    }
}
