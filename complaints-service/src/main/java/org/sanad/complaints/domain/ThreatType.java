package org.sanad.complaints.domain;

/** What the blackmailer threatens to do. */
public enum ThreatType {
    PUBLISH_INTIMATE_IMAGES, PUBLISH_FAMILY_PHOTOS, LEAK_SECRETS, CONTACT_LIST_THREAT, OTHER
}
