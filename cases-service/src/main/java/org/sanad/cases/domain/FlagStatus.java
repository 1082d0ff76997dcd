package org.sanad.cases.domain;

/** An investigator's decision on a possible link. */
public enum FlagStatus {
    OPEN, LINKED, DISMISSED
}
