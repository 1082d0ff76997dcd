package org.sanad.cases.domain;

/** A step of a referred case at court, as referrals-service reports it. */
public enum CourtStep {
    REFERRED(ActionType.COURT_REFERRAL, CaseStatus.REFERRED),
    /** The court returned the referral for amendment: a timeline entry, the case stays referred. */
    RETURNED(ActionType.COURT_RETURN, CaseStatus.REFERRED),
    HEARING_SCHEDULED(ActionType.COURT_HEARING, CaseStatus.HEARING_SCHEDULED),
    DECIDED(ActionType.COURT_DECISION, CaseStatus.DECIDED),
    /** The court was given a victim's identity: a timeline entry the supervisor reads; the case stays where it is. */
    IDENTITY_DISCLOSED(ActionType.COURT_IDENTITY_DISCLOSURE, CaseStatus.REFERRED);

    private final ActionType timelineEntry;
    private final CaseStatus caseStatus;

    CourtStep(ActionType timelineEntry, CaseStatus caseStatus) {
        this.timelineEntry = timelineEntry;
        this.caseStatus = caseStatus;
    }

    public ActionType timelineEntry() {
        return timelineEntry;
    }

    /** The case status this step reaches (the case moves there unless it is further already). */
    public CaseStatus caseStatus() {
        return caseStatus;
    }
}
