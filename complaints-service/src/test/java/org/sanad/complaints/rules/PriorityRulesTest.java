package org.sanad.complaints.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.DemandType;
import org.sanad.complaints.domain.Priority;
import org.sanad.complaints.domain.Victim;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

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

    /** A deadline {@code hours} from now, or none for a blank cell. */
    private static Instant inHours(Integer hours) {
        return hours == null ? null : NOW.plus(Duration.ofHours(hours));
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

    @ParameterizedTest(name = "self-harm {0}, minor {1}, deadline in {2} h, money {3}: {4} ({5})")
    @CsvSource(nullValues = "none", textBlock = """
            false, false, none, false,   0, LOW
            false, false, none, true,   10, MEDIUM
            false, false,   24, false,  30, MEDIUM
            false, false,   24, true,   40, HIGH
            false, true,  none, false,  40, HIGH
            false, true,  none, true,   50, HIGH
            false, true,    24, true,   80, HIGH
            false, false,   48, true,   10, MEDIUM
            false, false,  -72, false,  30, MEDIUM
            true,  false, none, false, 100, CRITICAL
            true,  true,    -1, true,  180, CRITICAL
            """)
    void aComplaintIsGivenTheScoreAndPriorityOfItsSignals(boolean selfHarm, boolean minor, Integer deadlineInHours,
            boolean money, int score, Priority priority) {
        Complaint complaint = complaint(selfHarm, minor, inHours(deadlineInHours), money);

        new PriorityRules().apply(complaint, NOW, WINDOW);

        assertEquals(score, complaint.priorityScore);
        assertEquals(priority, complaint.priority);
    }

    @ParameterizedTest(name = "deadline in {0} h: counted {1}")
    @CsvSource(nullValues = "none", textBlock = """
            none, false
              47, true
              48, false
             -24, true
            """)
    void applyingRecordsWhetherTheDeadlineWasCounted(Integer deadlineInHours, boolean counted) {
        Complaint complaint = complaint(false, false, inHours(deadlineInHours), false);

        new PriorityRules().apply(complaint, NOW, WINDOW);

        assertEquals(counted, complaint.deadlineCounted);
    }

    @Test
    void applyingAnswersWhetherTheScoreOrPriorityChanged() {
        PriorityRules rules = new PriorityRules();
        Complaint complaint = complaint(false, true, NOW.plus(Duration.ofDays(5)), false);

        assertTrue(rules.apply(complaint, NOW, WINDOW), "a new complaint is given its first priority");
        assertFalse(rules.apply(complaint, NOW, WINDOW), "nothing changed since");
        assertTrue(rules.apply(complaint, NOW.plus(Duration.ofDays(4)), WINDOW), "its deadline came near");
        assertEquals(70, complaint.priorityScore);
        assertEquals(Priority.HIGH, complaint.priority);
    }

    @Property
    void aVictimAtRiskOfHarmingThemselvesIsAlwaysCritical(@ForAll boolean minor, @ForAll boolean deadline,
            @ForAll boolean money) {
        Complaint complaint = complaint(true, minor, deadline ? NOW : null, money);

        new PriorityRules().apply(complaint, NOW, WINDOW);

        assertEquals(Priority.CRITICAL, complaint.priority);
    }

    @Property
    void anAddedRiskSignalNeverLowersTheScoreOrPriority(@ForAll boolean selfHarm, @ForAll boolean minor,
            @ForAll boolean deadline, @ForAll boolean money, @ForAll @IntRange(min = 0, max = 3) int added) {
        Complaint before = complaint(selfHarm, minor, deadline ? NOW : null, money);
        Complaint after = complaint(selfHarm || added == 0, minor || added == 1, deadline || added == 2 ? NOW : null,
                money || added == 3);

        int scoreBefore = PriorityRules.score(before, NOW, WINDOW);
        int scoreAfter = PriorityRules.score(after, NOW, WINDOW);

        assertTrue(scoreAfter >= scoreBefore, scoreBefore + " -> " + scoreAfter);
        assertTrue(PriorityRules.priorityOf(scoreAfter).compareTo(PriorityRules.priorityOf(scoreBefore)) >= 0);
    }

    @Property
    void aHigherScoreNeverMeansALowerPriority(@ForAll @IntRange(min = 0, max = 300) int lower,
            @ForAll @IntRange(min = 0, max = 300) int more) {
        int higher = lower + more;

        assertTrue(PriorityRules.priorityOf(higher).compareTo(PriorityRules.priorityOf(lower)) >= 0,
                lower + " vs " + higher);
    }

    @Property
    void applyingTwiceAtTheSameMomentChangesNothingTheSecondTime(@ForAll boolean selfHarm, @ForAll boolean minor,
            @ForAll @IntRange(min = -200, max = 200) int deadlineInHours, @ForAll boolean money) {
        PriorityRules rules = new PriorityRules();
        Complaint complaint = complaint(selfHarm, minor, inHours(deadlineInHours), money);
        rules.apply(complaint, NOW, WINDOW);
        int score = complaint.priorityScore;
        Priority priority = complaint.priority;
        boolean counted = complaint.deadlineCounted;

        assertFalse(rules.apply(complaint, NOW, WINDOW));
        assertEquals(score, complaint.priorityScore);
        assertEquals(priority, complaint.priority);
        assertEquals(counted, complaint.deadlineCounted);
    }

    @Property
    void aDeadlineOnlyEverComesNearerAsTimePasses(@ForAll @IntRange(min = -200, max = 200) int deadlineInHours,
            @ForAll @IntRange(min = 0, max = 200) int hoursLater) {
        Complaint complaint = complaint(false, false, inHours(deadlineInHours), false);

        int now = PriorityRules.score(complaint, NOW, WINDOW);
        int later = PriorityRules.score(complaint, NOW.plus(Duration.ofHours(hoursLater)), WINDOW);

        assertTrue(later >= now, "a counted deadline stays counted");
    }
}
