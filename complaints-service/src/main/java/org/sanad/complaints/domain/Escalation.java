package org.sanad.complaints.domain;

/**
 * How far up a complaint went because no one triaged it in time: its triage deadline passed
 * (the governorate's supervisor is told), then the national unit's window too.
 */
public enum Escalation {
    NONE, SUPERVISOR, NATIONAL
}
