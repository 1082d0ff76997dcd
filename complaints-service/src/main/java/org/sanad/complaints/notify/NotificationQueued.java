package org.sanad.complaints.notify;

/** A notification queued; counted once its transaction commits. */
record NotificationQueued(String event, NotificationChannel channel) {
}
