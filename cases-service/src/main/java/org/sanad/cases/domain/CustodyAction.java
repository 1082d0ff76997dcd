package org.sanad.cases.domain;

/** A step of an evidence item's chain of custody. */
public enum CustodyAction {
    RECEIVED, TRANSFERRED, EXAMINED, SEALED, RELEASED, VERIFIED
}
