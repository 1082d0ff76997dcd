package org.sanad.complaints.domain;

/** What the victim is told of the investigation of an accepted complaint. */
public enum InvestigationStatus {
    INVESTIGATION_UNDER_WAY, ARREST_MADE, REFERRED_TO_COURT, HEARING_SCHEDULED, COURT_DECIDED, CLOSED
}
