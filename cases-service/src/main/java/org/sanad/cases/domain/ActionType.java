package org.sanad.cases.domain;

/**
 * Entries of a case's timeline: the investigative actions officers record, and the court's
 * progress (COURT_*), which only referrals-service reports.
 */
public enum ActionType {
    NOTE, PLATFORM_DATA_REQUEST, TAKEDOWN_REQUEST, PLATFORM_ANSWER, CONTENT_REMOVED, ACCOUNT_RECOVERED,
    VICTIM_SUPPORT_REFERRAL, STING_OPERATION, ARREST, INTERVIEW, STATEMENT_RECORDED, DEVICE_SEIZURE,
    WARRANT, COURT_REFERRAL, COURT_RETURN, COURT_HEARING, COURT_DECISION,
    /** A court was given the identity of one of the case's victims: for the case's supervisor to see. */
    COURT_IDENTITY_DISCLOSURE;

    public boolean isCourtRecord() {
        return name().startsWith("COURT_");
    }
}
