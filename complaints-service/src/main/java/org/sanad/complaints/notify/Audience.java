package org.sanad.complaints.notify;

/** Who a notification is for: the victim (their chosen contact) or the officers on duty (configured contacts). */
public enum Audience {
    VICTIM, DUTY
}
