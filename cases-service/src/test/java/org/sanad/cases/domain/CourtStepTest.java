package org.sanad.cases.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class CourtStepTest {

    @ParameterizedTest(name = "{0} is written {1} on the timeline and takes the case to {2}")
    @CsvSource({
            "REFERRED,          COURT_REFERRAL, REFERRED",
            "RETURNED,          COURT_RETURN,   REFERRED",
            "HEARING_SCHEDULED, COURT_HEARING,  HEARING_SCHEDULED",
            "DECIDED,           COURT_DECISION, DECIDED",
    })
    void eachCourtStepHasItsTimelineEntryAndItsCaseStatus(CourtStep step, ActionType entry, CaseStatus status) {
        assertEquals(entry, step.timelineEntry());
        assertEquals(status, step.caseStatus());
    }

    @Property
    void aCourtStepIsWrittenAsACourtRecordOfficersCannotWriteAndReachesOnlyACourtStage(@ForAll CourtStep step) {
        assertTrue(step.timelineEntry().isCourtRecord(), step + " -> " + step.timelineEntry());
        assertTrue(step.caseStatus().isCourtStage(), step + " -> " + step.caseStatus());
    }

    @Property
    void aReferralReturnedForAmendmentLeavesAReferredCaseWhereItIs(@ForAll CaseStatus status) {
        if (status.ordinal() >= CaseStatus.REFERRED.ordinal()) {
            assertEquals(status, status.afterCourtStep(CourtStep.RETURNED.caseStatus()));
        }
    }
}
