package org.sanad.complaints.domain;

/** The victim's gender, as the filer gives it. */
public enum Gender {
    FEMALE, MALE, UNDISCLOSED
}
