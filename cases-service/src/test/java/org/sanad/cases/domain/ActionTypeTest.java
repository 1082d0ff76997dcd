package org.sanad.cases.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ActionTypeTest {

    @ParameterizedTest(name = "{0} is the court's to record")
    @EnumSource(names = { "COURT_REFERRAL", "COURT_RETURN", "COURT_HEARING", "COURT_DECISION", "COURT_IDENTITY_DISCLOSURE" })
    void theCourtsProgressIsACourtRecord(ActionType type) {
        assertTrue(type.isCourtRecord());
    }

    @ParameterizedTest(name = "{0} is an officer's to record")
    @EnumSource(names = { "COURT_REFERRAL", "COURT_RETURN", "COURT_HEARING", "COURT_DECISION", "COURT_IDENTITY_DISCLOSURE" },
            mode = EnumSource.Mode.EXCLUDE)
    void everyInvestigativeActionIsAnOfficersToRecord(ActionType type) {
        assertFalse(type.isCourtRecord());
    }
}
