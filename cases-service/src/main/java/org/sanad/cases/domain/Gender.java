package org.sanad.cases.domain;

/** An officer's or a requested officer's gender. */
public enum Gender {
    FEMALE, MALE
}
