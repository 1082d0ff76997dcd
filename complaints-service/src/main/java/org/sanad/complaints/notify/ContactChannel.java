package org.sanad.complaints.notify;

/** How the victim chose to be told of their complaint: by SMS, by Web Push to the portal, or not at all. */
public enum ContactChannel {
    SMS, WEB_PUSH, NONE
}
