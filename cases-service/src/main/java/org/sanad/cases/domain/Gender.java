package org.sanad.cases.domain;

/** An officer's or a requested officer's gender; the same values as a victim's in complaints-service. */
public enum Gender {
    FEMALE, MALE, UNDISCLOSED
}
