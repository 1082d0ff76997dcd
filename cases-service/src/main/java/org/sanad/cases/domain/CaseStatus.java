package org.sanad.cases.domain;

/**
 * A case's life cycle: open → investigating → suspect identified → arrest made → referred →
 * closed. Each step moves forward by one; a recorded arrest moves it to arrest made from any
 * earlier step; a case may be closed, with a reason, from any step.
 */
public enum CaseStatus {
    OPEN, INVESTIGATING, SUSPECT_IDENTIFIED, ARREST_MADE, REFERRED, CLOSED;

    public boolean canMoveTo(CaseStatus next) {
        if (this == CLOSED) {
            return false;
        }
        return next == CLOSED || next.ordinal() == ordinal() + 1;
    }

    /** Where a recorded arrest takes the case: straight to ARREST_MADE from any earlier step. */
    public CaseStatus afterArrest() {
        return ordinal() < ARREST_MADE.ordinal() ? ARREST_MADE : this;
    }

    /** What the victim is told: progress without operational detail. */
    public String publicStatus() {
        return switch (this) {
            case OPEN, INVESTIGATING, SUSPECT_IDENTIFIED -> "INVESTIGATION_UNDER_WAY";
            case ARREST_MADE -> "ARREST_MADE";
            case REFERRED -> "REFERRED_TO_COURT";
            case CLOSED -> "CLOSED";
        };
    }
}
