package org.sanad.complaints.domain;

/** A step in an evidence item's chain of custody. */
public enum CustodyAction {
    RECEIVED, DOWNLOADED
}
