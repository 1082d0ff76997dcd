package org.sanad.core.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    private static Optional<ProblemType> wrapped(String sqlState) {
        return DatabaseFailures.classify(new RuntimeException("could not execute statement",
                new SQLException("ERROR", sqlState)));
    }

    @Test
    void theDatabaseAwayOrThePoolExhaustedIsAnOutageToRetry() {
        assertEquals(Optional.of(ProblemType.UNAVAILABLE), wrapped("08006"));
        assertEquals(Optional.of(ProblemType.UNAVAILABLE), wrapped("57P01"));
        assertEquals(Optional.of(ProblemType.UNAVAILABLE), wrapped("53300"));
        assertEquals(Optional.of(ProblemType.UNAVAILABLE),
                DatabaseFailures.classify(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))));
    }

    @Test
    void aValueTheDatabaseCannotHoldIsTheClientsError() {
        assertEquals(Optional.of(ProblemType.VALIDATION), wrapped("22001"));
        assertEquals(Optional.of(ProblemType.VALIDATION), wrapped("22008"));
    }

    @Test
    void aLostUniqueOrSerializationRaceIsAConflict() {
        assertEquals(Optional.of(ProblemType.CONFLICT), wrapped("23505"));
        assertEquals(Optional.of(ProblemType.CONFLICT), wrapped("40001"));
    }

    @Test
    void anythingElseIsNotADatabaseVerdict() {
        assertEquals(Optional.empty(), wrapped("42P01"));
        assertEquals(Optional.empty(), DatabaseFailures.classify(new IllegalStateException("bug")));
    }

    @Test
    void whatIsLoggedIsTheStateNotTheDatabasesMessage() {
        assertEquals("23505", DatabaseFailures.sqlState(new RuntimeException("could not execute statement",
                new SQLException("duplicate key: Key (tracking_number)=(IQ-2026-ABCD-EFGH) already exists", "23505"))));
    }
}
