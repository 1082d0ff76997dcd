package org.sanad.cases.domain;

/** Investigative actions on a case's timeline. */
public enum ActionType {
    NOTE, PLATFORM_DATA_REQUEST, TAKEDOWN_REQUEST, PLATFORM_ANSWER, CONTENT_REMOVED, ACCOUNT_RECOVERED,
    VICTIM_SUPPORT_REFERRAL, STING_OPERATION, ARREST, INTERVIEW, STATEMENT_RECORDED, DEVICE_SEIZURE,
    WARRANT;

    /** Actions that make sense only with a place, a unit and the suspect concerned. */
    public boolean needsSuspect() {
        return this == ARREST;
    }
}
