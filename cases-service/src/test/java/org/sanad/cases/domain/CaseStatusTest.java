package org.sanad.cases.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class CaseStatusTest {

    /** Every move an officer may make, written out: three investigation steps, and closing from anywhere open. */
    private static final Set<String> OFFICERS_MOVES = Set.of(
            "OPEN -> INVESTIGATING",
            "INVESTIGATING -> SUSPECT_IDENTIFIED",
            "SUSPECT_IDENTIFIED -> ARREST_MADE",
            "OPEN -> CLOSED",
            "INVESTIGATING -> CLOSED",
            "SUSPECT_IDENTIFIED -> CLOSED",
            "ARREST_MADE -> CLOSED",
            "REFERRED -> CLOSED",
            "HEARING_SCHEDULED -> CLOSED",
            "DECIDED -> CLOSED");

    static Stream<Arguments> everyPairOfStatuses() {
        return Arrays.stream(CaseStatus.values())
                .flatMap(from -> Arrays.stream(CaseStatus.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPairOfStatuses")
    void anOfficerMovesACaseOneInvestigationStepForwardOrClosesIt(CaseStatus from, CaseStatus to) {
        assertEquals(OFFICERS_MOVES.contains(from + " -> " + to), from.canMoveTo(to));
    }

    @Test
    void courtStepsOnlyMoveForwardAndNeverReopenAClosedCase() {
        assertEquals(CaseStatus.REFERRED, CaseStatus.ARREST_MADE.afterCourtStep(CaseStatus.REFERRED));
        assertEquals(CaseStatus.DECIDED, CaseStatus.REFERRED.afterCourtStep(CaseStatus.DECIDED));
        assertEquals(CaseStatus.DECIDED, CaseStatus.DECIDED.afterCourtStep(CaseStatus.HEARING_SCHEDULED));
        assertEquals(CaseStatus.HEARING_SCHEDULED, CaseStatus.HEARING_SCHEDULED.afterCourtStep(CaseStatus.REFERRED));
        assertEquals(CaseStatus.CLOSED, CaseStatus.CLOSED.afterCourtStep(CaseStatus.DECIDED));
    }

    @ParameterizedTest(name = "a case at {0} told of {1} is at {2}")
    @CsvSource({
            "OPEN,               REFERRED,          REFERRED",
            "INVESTIGATING,      HEARING_SCHEDULED, HEARING_SCHEDULED",
            "SUSPECT_IDENTIFIED, DECIDED,           DECIDED",
            "ARREST_MADE,        REFERRED,          REFERRED",
            "REFERRED,           REFERRED,          REFERRED",
            "REFERRED,           HEARING_SCHEDULED, HEARING_SCHEDULED",
            "HEARING_SCHEDULED,  DECIDED,           DECIDED",
            "DECIDED,            REFERRED,          DECIDED",
            "DECIDED,            HEARING_SCHEDULED, DECIDED",
            "CLOSED,             REFERRED,          CLOSED",
            "CLOSED,             DECIDED,           CLOSED",
    })
    void reportsFromCourtArrivingInAnyOrderLeaveTheCaseAtTheFurthestStep(CaseStatus at, CaseStatus step,
            CaseStatus expected) {
        assertEquals(expected, at.afterCourtStep(step));
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

    @ParameterizedTest(name = "{0} is a court stage")
    @EnumSource(names = { "REFERRED", "HEARING_SCHEDULED", "DECIDED" })
    void theCourtStagesAreReferralHearingAndDecision(CaseStatus status) {
        assertTrue(status.isCourtStage());
    }

    @ParameterizedTest(name = "{0} is not a court stage")
    @EnumSource(names = { "REFERRED", "HEARING_SCHEDULED", "DECIDED" }, mode = EnumSource.Mode.EXCLUDE)
    void everyOtherStatusIsNotACourtStage(CaseStatus status) {
        assertFalse(status.isCourtStage());
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

    @Property
    void nothingMovesACaseOutOfClosed(@ForAll CaseStatus other) {
        assertFalse(CaseStatus.CLOSED.canMoveTo(other));
        assertEquals(CaseStatus.CLOSED, CaseStatus.CLOSED.afterCourtStep(other));
        assertEquals(CaseStatus.CLOSED, CaseStatus.CLOSED.afterArrest());
    }

    @Property
    void noOfficersMoveGoesBackwardsStaysPutOrReachesACourtStage(@ForAll CaseStatus from, @ForAll CaseStatus to) {
        if (from.canMoveTo(to)) {
            assertTrue(to.ordinal() > from.ordinal(), from + " -> " + to);
            assertFalse(to.isCourtStage(), from + " -> " + to);
        }
    }

    @Property
    void everyOpenCaseCanBeClosed(@ForAll CaseStatus status) {
        assertEquals(status != CaseStatus.CLOSED, status.canMoveTo(CaseStatus.CLOSED));
    }

    @Property
    void aCourtStepNeverMovesACaseBackwardsAndRepeatingItChangesNothing(@ForAll CaseStatus status,
            @ForAll CaseStatus step) {
        CaseStatus after = status.afterCourtStep(step);

        assertTrue(after.ordinal() >= status.ordinal());
        assertTrue(after == status || after == step);
        assertEquals(after, after.afterCourtStep(step));
    }

    @Property
    void courtStepsInEitherOrderEndAtTheSameStatus(@ForAll CaseStatus status, @ForAll CaseStatus one,
            @ForAll CaseStatus other) {
        assertEquals(status.afterCourtStep(one).afterCourtStep(other), status.afterCourtStep(other).afterCourtStep(one));
    }

    @Property
    void aSecondArrestChangesNothing(@ForAll CaseStatus status) {
        CaseStatus after = status.afterArrest();

        assertEquals(after, after.afterArrest());
        assertTrue(after.ordinal() >= status.ordinal());
    }

    @Property
    void onlyTheInvestigationStepsBeforeAnArrestLookTheSameToTheVictim(@ForAll CaseStatus one,
            @ForAll CaseStatus other) {
        boolean beforeArrest = one.ordinal() < CaseStatus.ARREST_MADE.ordinal()
                && other.ordinal() < CaseStatus.ARREST_MADE.ordinal();
        assertEquals(one == other || beforeArrest, one.publicStatus().equals(other.publicStatus()));
    }
}
