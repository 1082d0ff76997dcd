package org.sanad.complaints.domain;

/** What a help line of the jurisdiction is for. */
public enum HelpLineKind {
    /** The country's general emergency number. */
    EMERGENCY,
    POLICE,
    /** A service that takes reports of online crime and extortion. */
    CYBERCRIME,
    CHILD_PROTECTION,
    WOMEN_SUPPORT,
    MENTAL_HEALTH,
    /** Emergency medical help: an ambulance. */
    MEDICAL
}
