package org.sanad.cases.domain;

/** A step of an evidence item's chain of custody. */
public enum CustodyAction {
    RECEIVED, TRANSFERRED, EXAMINED, SEALED, RELEASED, VERIFIED,
    /** The file's bytes were deleted at the end of their retention period; the item and its hash remain. */
    PURGED
}
