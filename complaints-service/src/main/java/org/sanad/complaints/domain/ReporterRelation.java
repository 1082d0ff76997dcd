package org.sanad.complaints.domain;

/** Who reports: the victim, or someone on the victim's behalf. */
public enum ReporterRelation {
    SELF, PARENT, GUARDIAN, RELATIVE, OTHER
}
