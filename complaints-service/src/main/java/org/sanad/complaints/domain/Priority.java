package org.sanad.complaints.domain;

/** Triage priority, derived from the priority score. */
public enum Priority {
    LOW, MEDIUM, HIGH, CRITICAL
}
