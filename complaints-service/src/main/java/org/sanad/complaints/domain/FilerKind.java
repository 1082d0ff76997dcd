package org.sanad.complaints.domain;

/** Whether the filer is a logged-in citizen or anonymous (tracking number and secret). */
public enum FilerKind {
    CITIZEN, ANONYMOUS
}
