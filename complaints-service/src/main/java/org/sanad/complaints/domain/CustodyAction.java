package org.sanad.complaints.domain;

/** A step in an evidence item's chain of custody. */
public enum CustodyAction {
    RECEIVED, DOWNLOADED,
    /** The stored bytes failed their check on a read: refused, not served. */
    INTEGRITY_FAILURE
}
