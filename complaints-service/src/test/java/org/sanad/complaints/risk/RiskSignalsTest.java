package org.sanad.complaints.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanad.complaints.domain.AgeBand;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.Victim;

class RiskSignalsTest {

    static final Instant FILED = Instant.parse("2026-12-07T10:00:00Z");

    static Complaint complaint(AgeBand ageBand, boolean minor) {
        Complaint complaint = new Complaint();
        complaint.victim = new Victim();
        complaint.victim.ageBand = ageBand;
        complaint.victim.minor = minor;
        return complaint;
    }

    @Test
    void anAdultWithoutSignalOrNearDeadlineCarriesNone() {
        Complaint complaint = complaint(AgeBand.FROM_18_TO_24, false);
        complaint.deadline = FILED.plus(Duration.ofHours(24));
        assertEquals(List.of(), RiskSignals.of(complaint, FILED));
    }

    @Test
    void eachSignalCountsInTheOrderOfTheContract() {
        Complaint complaint = complaint(AgeBand.UNDER_15, true);
        complaint.selfHarmRisk = true;
        complaint.deadline = FILED.plus(Duration.ofHours(23));
        assertEquals(List.of(RiskSignal.SELF_HARM, RiskSignal.MINOR_VICTIM, RiskSignal.DEADLINE_WITHIN_24H),
                RiskSignals.of(complaint, FILED));
    }

    @Test
    void aMinorIsOneByAgeBandOrByTheFilersWord() {
        assertEquals(List.of(RiskSignal.MINOR_VICTIM), RiskSignals.of(complaint(AgeBand.FROM_15_TO_17, false), FILED));
        assertEquals(List.of(RiskSignal.MINOR_VICTIM), RiskSignals.of(complaint(AgeBand.UNKNOWN, true), FILED));
    }

    @Test
    void aDeadlineAlreadyPassedIsWithinTheDayToo() {
        Complaint complaint = complaint(AgeBand.OVER_50, false);
        complaint.deadline = FILED.minus(Duration.ofHours(2));
        assertEquals(List.of(RiskSignal.DEADLINE_WITHIN_24H), RiskSignals.of(complaint, FILED));
    }
}
