package org.sanad.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;

class VersionsTest {

    @ParameterizedTest
    @ValueSource(strings = { "\"7\"", "W/\"7\"", " \"7\" ", "7" })
    void theVersionIsReadFromStrongWeakOrBareTags(String ifMatch) {
        assertEquals(7L, Versions.expected(ifMatch));
    }

    @Test
    void aChangeWithoutIfMatchIsRefusedAsPreconditionRequired() {
        assertEquals(ProblemType.PRECONDITION_REQUIRED,
                assertThrows(ProblemException.class, () -> Versions.expected(null)).type());
        assertEquals(ProblemType.PRECONDITION_REQUIRED,
                assertThrows(ProblemException.class, () -> Versions.expected("  ")).type());
    }

    @Test
    void anUnreadableOrOlderVersionIsRefusedAsStale() {
        assertEquals(ProblemType.PRECONDITION_FAILED,
                assertThrows(ProblemException.class, () -> Versions.expected("\"abc\"")).type());
        assertEquals(ProblemType.PRECONDITION_FAILED,
                assertThrows(ProblemException.class, () -> Versions.check(6, 7)).type());
        Versions.check(7, 7);
    }

    @Test
    void theTagIsTheVersionAsAStrongTag() {
        assertEquals("7", Versions.tag(7).getValue());
        assertEquals(false, Versions.tag(7).isWeak());
    }
}
