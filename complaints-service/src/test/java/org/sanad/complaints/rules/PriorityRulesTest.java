package org.sanad.complaints.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.DemandType;
import org.sanad.complaints.domain.Priority;
import org.sanad.complaints.domain.Victim;

class PriorityRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Duration WINDOW = Duration.ofHours(48);

    private static Complaint complaint(boolean selfHarm, boolean minor, Instant deadline, boolean money) {
        Complaint complaint = new Complaint();
        complaint.victim = new Victim();
        complaint.victim.minor = minor;
        complaint.selfHarmRisk = selfHarm;
        complaint.deadline = deadline;
        if (money) {
            complaint.demandTypes.add(DemandType.MONEY);
        }
        return complaint;
    }

    @Test
    void eachRiskSignalAddsItsWeight() {
        assertEquals(0, PriorityRules.score(complaint(false, false, null, false), NOW, WINDOW));
        assertEquals(100, PriorityRules.score(complaint(true, false, null, false), NOW, WINDOW));
        assertEquals(40, PriorityRules.score(complaint(false, true, null, false), NOW, WINDOW));
        assertEquals(30, PriorityRules.score(complaint(false, false, NOW.plus(Duration.ofHours(47)), false), NOW,
                WINDOW));
        assertEquals(10, PriorityRules.score(complaint(false, false, null, true), NOW, WINDOW));
        assertEquals(180, PriorityRules.score(complaint(true, true, NOW.plusSeconds(60), true), NOW, WINDOW));
    }

    @Test
    void aDeadlineCountsOnlyInsideTheWindow() {
        assertEquals(0, PriorityRules.score(complaint(false, false, NOW.plus(WINDOW), false), NOW, WINDOW));
        assertEquals(30, PriorityRules.score(complaint(false, false, NOW.plus(WINDOW).minusSeconds(1), false), NOW,
                WINDOW));
        assertEquals(30, PriorityRules.score(complaint(false, false, NOW.minusSeconds(3600), false), NOW, WINDOW),
                "a deadline already passed is the most imminent");
    }

    @Test
    void theScoreBandsArePriorities() {
        assertEquals(Priority.LOW, PriorityRules.priorityOf(0));
        assertEquals(Priority.LOW, PriorityRules.priorityOf(9));
        assertEquals(Priority.MEDIUM, PriorityRules.priorityOf(10));
        assertEquals(Priority.MEDIUM, PriorityRules.priorityOf(39));
        assertEquals(Priority.HIGH, PriorityRules.priorityOf(40));
        assertEquals(Priority.HIGH, PriorityRules.priorityOf(99));
        assertEquals(Priority.CRITICAL, PriorityRules.priorityOf(100));
    }
}
