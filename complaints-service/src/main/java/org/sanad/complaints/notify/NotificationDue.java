package org.sanad.complaints.notify;

import java.util.UUID;

import org.sanad.handoff.HandOff;
import org.sanad.handoff.HandOffMessage;

/**
 * The outbox event that sends one notification: its id only. What is sent and to whom is read
 * when it is sent, so a contact erased or changed meanwhile is never texted.
 */
public record NotificationDue(UUID deliveryId, UUID notificationId) implements HandOffMessage {

    /** Sent by {@link SmsNotifications} over SMPP. */
    public static final HandOff<NotificationDue> SMS = HandOff.of("sms", "notification.sms", "smpp",
            NotificationDue.class);

    /** Sent by {@link PushNotifications} to the browser's push service. */
    public static final HandOff<NotificationDue> WEB_PUSH = HandOff.of("web-push", "notification.web-push", "web-push",
            NotificationDue.class);

    static HandOff<NotificationDue> of(NotificationChannel channel) {
        return switch (channel) {
            case SMS -> SMS;
            case WEB_PUSH -> WEB_PUSH;
        };
    }
}
