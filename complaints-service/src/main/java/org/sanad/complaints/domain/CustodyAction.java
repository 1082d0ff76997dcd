package org.sanad.complaints.domain;

/** A step in an evidence item's chain of custody. */
public enum CustodyAction {
    RECEIVED, DOWNLOADED,
    /** The stored bytes failed their check on a read: refused, not served. */
    INTEGRITY_FAILURE,
    /** The bytes were deleted at the end of their retention period; the record and its hash remain. */
    PURGED
}
