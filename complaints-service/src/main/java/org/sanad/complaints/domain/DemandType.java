package org.sanad.complaints.domain;

/** What the blackmailer demands. */
public enum DemandType {
    MONEY, MORE_IMAGES, MEETING, OTHER
}
