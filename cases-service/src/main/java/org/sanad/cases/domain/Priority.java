package org.sanad.cases.domain;

/** Case priority: the highest of its complaints'. */
public enum Priority {
    LOW, MEDIUM, HIGH, CRITICAL
}
