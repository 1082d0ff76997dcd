package org.sanad.cases.domain;

/**
 * A case's life cycle: open → investigating → suspect identified → arrest made → referred →
 * hearing scheduled → decided → closed. Officers move the investigation steps forward one at a
 * time; a recorded arrest moves it to arrest made from any earlier step; the court steps
 * (referred, hearing scheduled, decided) are reached only through referrals-service; a case may
 * be closed, with a reason, from any step.
 */
public enum CaseStatus {
    OPEN, INVESTIGATING, SUSPECT_IDENTIFIED, ARREST_MADE, REFERRED, HEARING_SCHEDULED, DECIDED, CLOSED;

    /** Whether an officer may move the case from here to {@code next}. */
    public boolean canMoveTo(CaseStatus next) {
        if (this == CLOSED) {
            return false;
        }
        return next == CLOSED || (!next.isCourtStage() && next.ordinal() == ordinal() + 1);
    }

    /** The steps only the court's progress, reported by referrals-service, moves a case to. */
    public boolean isCourtStage() {
        return this == REFERRED || this == HEARING_SCHEDULED || this == DECIDED;
    }

    /** Where a court step takes the case: forward only, never out of CLOSED. */
    public CaseStatus afterCourtStep(CaseStatus stage) {
        return this != CLOSED && stage.ordinal() > ordinal() ? stage : this;
    }

    /** Where a recorded arrest takes the case: straight to ARREST_MADE from any earlier step. */
    public CaseStatus afterArrest() {
        return ordinal() < ARREST_MADE.ordinal() ? ARREST_MADE : this;
    }

    /**
     * Whether a prosecutor lists the case among those to refer: a suspect identified, and not
     * closed (referrals-service refuses to draft a referral of a closed case).
     */
    public boolean isReferable() {
        return ordinal() >= SUSPECT_IDENTIFIED.ordinal() && this != CLOSED;
    }

    /** What the victim is told: progress without operational detail. */
    public String publicStatus() {
        return switch (this) {
            case OPEN, INVESTIGATING, SUSPECT_IDENTIFIED -> "INVESTIGATION_UNDER_WAY";
            case ARREST_MADE -> "ARREST_MADE";
            case REFERRED -> "REFERRED_TO_COURT";
            case HEARING_SCHEDULED -> "HEARING_SCHEDULED";
            case DECIDED -> "COURT_DECIDED";
            case CLOSED -> "CLOSED";
        };
    }
}
