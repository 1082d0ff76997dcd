package org.sanad.cases.rules;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sanad.cases.domain.CaseComplaint;
import org.sanad.cases.domain.Gender;
import org.sanad.cases.domain.InvestigationCase;
import org.sanad.cases.domain.Priority;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class CaseLinksTest {

    private static final Instant ACCEPTED = Instant.parse("2026-11-02T08:15:00Z");
    private static final Instant DEADLINE = Instant.parse("2026-11-04T08:15:00Z");
    private static final Instant LINKED = Instant.parse("2026-12-01T10:00:00Z");

    private static CaseComplaint complaintLink(Priority priority, int score) {
        CaseComplaint link = new CaseComplaint();
        link.id = UUID.randomUUID();
        link.caseId = UUID.randomUUID();
        link.complaintId = UUID.randomUUID();
        link.trackingNumber = "SAN-2026-000123";
        link.governorate = "IQ-BG";
        link.priority = priority;
        link.priorityScore = score;
        link.minorVictim = true;
        link.selfHarmRisk = true;
        link.requestedOfficerGender = Gender.FEMALE;
        link.platforms = "INSTAGRAM,WHATSAPP";
        link.threatTypes = "IMAGE_LEAK";
        link.demandTypes = "MONEY";
        link.moneyAmount = new BigDecimal("250000.00");
        link.moneyCurrency = "IQD";
        link.deadline = DEADLINE;
        link.acceptedAt = ACCEPTED;
        link.linkedAt = Instant.parse("2026-11-02T09:00:00Z");
        return link;
    }

    private static InvestigationCase caseOf(Priority priority, int score) {
        InvestigationCase investigation = new InvestigationCase();
        investigation.id = UUID.randomUUID();
        investigation.priority = priority;
        investigation.priorityScore = score;
        return investigation;
    }

    @Test
    void aComplaintLinkedIntoAnotherCaseBringsEverythingItKnowsAboutTheComplaint() {
        CaseComplaint original = complaintLink(Priority.HIGH, 70);
        UUID target = UUID.randomUUID();

        CaseComplaint copy = CaseLinks.copyTo(original, target, LINKED);

        assertAll(
                () -> assertEquals(original.complaintId, copy.complaintId),
                () -> assertEquals("SAN-2026-000123", copy.trackingNumber),
                () -> assertEquals("IQ-BG", copy.governorate),
                () -> assertEquals(Priority.HIGH, copy.priority),
                () -> assertEquals(70, copy.priorityScore),
                () -> assertTrue(copy.minorVictim),
                () -> assertTrue(copy.selfHarmRisk),
                () -> assertEquals(Gender.FEMALE, copy.requestedOfficerGender),
                () -> assertEquals("INSTAGRAM,WHATSAPP", copy.platforms),
                () -> assertEquals("IMAGE_LEAK", copy.threatTypes),
                () -> assertEquals("MONEY", copy.demandTypes),
                () -> assertEquals(new BigDecimal("250000.00"), copy.moneyAmount),
                () -> assertEquals("IQD", copy.moneyCurrency),
                () -> assertEquals(DEADLINE, copy.deadline),
                () -> assertEquals(ACCEPTED, copy.acceptedAt));
    }

    @Test
    void theCopyIsANewLinkOfTheTargetCaseMadeNow() {
        CaseComplaint original = complaintLink(Priority.LOW, 10);
        UUID target = UUID.randomUUID();

        CaseComplaint copy = CaseLinks.copyTo(original, target, LINKED);

        assertEquals(target, copy.caseId);
        assertEquals(LINKED, copy.linkedAt);
        assertNotEquals(original.id, copy.id);
        assertEquals(4, copy.id.version(), "a random id");
        assertNotEquals(original.caseId, copy.caseId, "the original stays in its own case");
    }

    @Test
    void aComplaintWithoutMoneyOrRequestedGenderIsCopiedWithoutThem() {
        CaseComplaint original = complaintLink(Priority.LOW, 10);
        original.moneyAmount = null;
        original.moneyCurrency = null;
        original.requestedOfficerGender = null;
        original.deadline = null;

        CaseComplaint copy = CaseLinks.copyTo(original, UUID.randomUUID(), LINKED);

        assertNull(copy.moneyAmount);
        assertNull(copy.moneyCurrency);
        assertNull(copy.requestedOfficerGender);
        assertNull(copy.deadline);
    }

    @ParameterizedTest(name = "a case at {0} ({1}) linked to a complaint at {2} ({3}) is at {4} ({5})")
    @CsvSource({
            "MEDIUM,   40, HIGH,     70, HIGH,     70",
            "HIGH,     70, MEDIUM,   40, HIGH,     70",
            "HIGH,     70, CRITICAL, 71, CRITICAL, 71",
            "CRITICAL, 95, LOW,       5, CRITICAL, 95",
            "HIGH,     70, CRITICAL, 70, HIGH,     70",
            "LOW,       0, LOW,       0, LOW,       0",
    })
    void aCaseIsAsUrgentAsItsMostUrgentComplaint(Priority casePriority, int caseScore, Priority linkPriority,
            int linkScore, Priority expectedPriority, int expectedScore) {
        InvestigationCase investigation = caseOf(casePriority, caseScore);

        CaseLinks.raisePriority(investigation, complaintLink(linkPriority, linkScore));

        assertEquals(expectedPriority, investigation.priority);
        assertEquals(expectedScore, investigation.priorityScore);
    }

    @Test
    void aCaseWithoutAPriorityTakesItsFirstComplaintsEvenALowOne() {
        InvestigationCase investigation = caseOf(null, 0);

        CaseLinks.raisePriority(investigation, complaintLink(Priority.LOW, 0));

        assertSame(Priority.LOW, investigation.priority);
        assertEquals(0, investigation.priorityScore);
    }

    @Property
    void aCaseEndsAtTheHighestScoreOfItsComplaintsInWhateverOrderTheyCome(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 100) Integer> scores) {
        List<Integer> shuffled = new ArrayList<>(scores);
        Collections.shuffle(shuffled);
        InvestigationCase inOrder = caseOf(null, 0);
        InvestigationCase outOfOrder = caseOf(null, 0);

        scores.forEach(score -> CaseLinks.raisePriority(inOrder, complaintLink(priorityOf(score), score)));
        shuffled.forEach(score -> CaseLinks.raisePriority(outOfOrder, complaintLink(priorityOf(score), score)));

        int highest = Collections.max(scores);
        assertEquals(highest, inOrder.priorityScore);
        assertEquals(highest, outOfOrder.priorityScore);
        assertEquals(priorityOf(highest), inOrder.priority);
        assertEquals(priorityOf(highest), outOfOrder.priority);
    }

    @Property
    void linkingAComplaintNeverLowersACasesUrgency(@ForAll @IntRange(min = 0, max = 100) int caseScore,
            @ForAll @IntRange(min = 0, max = 100) int linkScore) {
        InvestigationCase investigation = caseOf(priorityOf(caseScore), caseScore);

        CaseLinks.raisePriority(investigation, complaintLink(priorityOf(linkScore), linkScore));

        assertEquals(Math.max(caseScore, linkScore), investigation.priorityScore);
    }

    /** A scale like complaints-service's: the priority follows from the score. */
    private static Priority priorityOf(int score) {
        return score >= 80 ? Priority.CRITICAL : score >= 60 ? Priority.HIGH : score >= 30 ? Priority.MEDIUM : Priority.LOW;
    }
}
