package org.sanad.cases.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CaseStatusTest {

    @Test
    void anOfficerMovesACaseOneInvestigationStepForwardOrClosesIt() {
        for (CaseStatus from : CaseStatus.values()) {
            for (CaseStatus to : CaseStatus.values()) {
                boolean expected = from != CaseStatus.CLOSED
                        && (to == CaseStatus.CLOSED || (!to.isCourtStage() && to.ordinal() == from.ordinal() + 1));
                assertEquals(expected, from.canMoveTo(to), from + " -> " + to);
            }
        }
    }

    @Test
    void courtStepsOnlyMoveForwardAndNeverReopenAClosedCase() {
        assertEquals(CaseStatus.REFERRED, CaseStatus.ARREST_MADE.afterCourtStep(CaseStatus.REFERRED));
        assertEquals(CaseStatus.DECIDED, CaseStatus.REFERRED.afterCourtStep(CaseStatus.DECIDED));
        assertEquals(CaseStatus.DECIDED, CaseStatus.DECIDED.afterCourtStep(CaseStatus.HEARING_SCHEDULED));
        assertEquals(CaseStatus.HEARING_SCHEDULED, CaseStatus.HEARING_SCHEDULED.afterCourtStep(CaseStatus.REFERRED));
        assertEquals(CaseStatus.CLOSED, CaseStatus.CLOSED.afterCourtStep(CaseStatus.DECIDED));
    }

    @Test
    void anArrestTakesEveryEarlierStepToArrestMadeAndNothingElse() {
        assertEquals(CaseStatus.ARREST_MADE, CaseStatus.OPEN.afterArrest());
        assertEquals(CaseStatus.ARREST_MADE, CaseStatus.INVESTIGATING.afterArrest());
        assertEquals(CaseStatus.ARREST_MADE, CaseStatus.SUSPECT_IDENTIFIED.afterArrest());
        assertEquals(CaseStatus.ARREST_MADE, CaseStatus.ARREST_MADE.afterArrest());
        assertEquals(CaseStatus.REFERRED, CaseStatus.REFERRED.afterArrest());
        assertEquals(CaseStatus.CLOSED, CaseStatus.CLOSED.afterArrest());
    }

    @Test
    void victimsAreToldProgressWithoutOperationalDetail() {
        assertEquals("INVESTIGATION_UNDER_WAY", CaseStatus.OPEN.publicStatus());
        assertEquals("INVESTIGATION_UNDER_WAY", CaseStatus.INVESTIGATING.publicStatus());
        assertEquals("INVESTIGATION_UNDER_WAY", CaseStatus.SUSPECT_IDENTIFIED.publicStatus());
        assertEquals("ARREST_MADE", CaseStatus.ARREST_MADE.publicStatus());
        assertEquals("REFERRED_TO_COURT", CaseStatus.REFERRED.publicStatus());
        assertEquals("HEARING_SCHEDULED", CaseStatus.HEARING_SCHEDULED.publicStatus());
        assertEquals("COURT_DECIDED", CaseStatus.DECIDED.publicStatus());
        assertEquals("CLOSED", CaseStatus.CLOSED.publicStatus());
    }
}
