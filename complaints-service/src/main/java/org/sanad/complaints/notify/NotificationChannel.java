package org.sanad.complaints.notify;

/** The way one notification goes out. */
public enum NotificationChannel {
    SMS, WEB_PUSH
}
