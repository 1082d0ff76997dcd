package org.sanad.core.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;

class CursorsTest {

    private static String raw(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPriorityCursorReadsBackAsWritten() {
        PriorityCursor cursor = new PriorityCursor(110, Instant.parse("2026-11-25T10:00:00.123456Z"), UUID.randomUUID());
        assertEquals(cursor, PriorityCursor.decode(cursor.encode(), "after"));
    }

    @Test
    void aTimeCursorReadsBackAsWritten() {
        TimeCursor cursor = new TimeCursor(Instant.parse("1970-01-01T00:00:00Z"), UUID.randomUUID());
        assertEquals(cursor, TimeCursor.decode(cursor.encode(), "after"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "not base64!", "", "MXwy" })
    void garbageIsAValidationProblemOnTheParameter(String cursor) {
        ProblemException problem = assertThrows(ProblemException.class, () -> PriorityCursor.decode(cursor, "after"));
        assertEquals(ProblemType.VALIDATION, problem.type());
        assertEquals("after", problem.violations().get(0).field());
    }

    @Test
    void aCursorInstantTheDatabaseCannotHoldIsAValidationProblem() {
        // year 1,269,000: a valid Instant, but out of PostgreSQL's range and of any record's
        String farFuture = raw("1|40000000000000|0|" + UUID.randomUUID());
        assertEquals(ProblemType.VALIDATION,
                assertThrows(ProblemException.class, () -> PriorityCursor.decode(farFuture, "after")).type());
    }

    @Test
    void anOverflowingEpochIsAValidationProblemNotACrash() {
        String overflowing = raw("1|" + Long.MAX_VALUE + "|0|" + UUID.randomUUID());
        assertEquals(ProblemType.VALIDATION,
                assertThrows(ProblemException.class, () -> PriorityCursor.decode(overflowing, "after")).type());
        String badUuid = raw("1|0|0|not-a-uuid");
        assertEquals(ProblemType.VALIDATION,
                assertThrows(ProblemException.class, () -> PriorityCursor.decode(badUuid, "after")).type());
    }

    @Test
    void aPageShowsAtMostTheLimitAndPointsPastItsLastItem() {
        Page<String> page = Page.of(List.of(1, 2, 3), 2, String::valueOf, i -> "item " + i);
        assertEquals(List.of("item 1", "item 2"), page.items());
        assertEquals("2", page.next());

        Page<String> last = Page.of(List.of(1, 2), 2, String::valueOf, i -> "item " + i);
        assertEquals(List.of("item 1", "item 2"), last.items());
        assertEquals(null, last.next());
    }
}
