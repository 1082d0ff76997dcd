package org.sanad.cases.domain;

/** Where an indexed identifier comes from. */
public enum IdentifierSource {
    COMPLAINT, SUSPECT
}
