package org.sanad.complaints.notify;

/** Where a notification stands; FAILED also when its outbox event is dead. */
public enum NotificationStatus {
    /** Waiting in the outbox (until the end of quiet hours, or for the SMSC). */
    QUEUED,
    /** Accepted by the SMSC or the push service. */
    SENT,
    /** The SMSC's delivery receipt says it reached the phone. */
    DELIVERED,
    /** The SMSC's delivery receipt says it did not (expired, rejected, undeliverable). */
    UNDELIVERED,
    /** Refused for good; an operator may re-queue its outbox event. */
    FAILED,
    /** Not sent: the contact was erased or the channel changed before its turn. */
    SKIPPED
}
