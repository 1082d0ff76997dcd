package org.sanad.core.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

/**
 * What a failure the database reported means for the client, by its SQLSTATE (PostgreSQL's
 * classes): the database away or the pool exhausted is a 503 to retry; a value the database
 * cannot hold is the client's 400; a concurrent write that lost a unique race is a 409. Anything
 * else stays an internal error.
 */
final class DatabaseFailures {

    /** The answer for a database failure, or empty when {@code failure} is not one. */
    static Optional<ProblemType> classify(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || isPoolTimeout(cause)) {
                return Optional.of(ProblemType.UNAVAILABLE);
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P") || state.equals("53300")) {
                    return Optional.of(ProblemType.UNAVAILABLE);
                }
                if (state.startsWith("22")) {
                    return Optional.of(ProblemType.VALIDATION);
                }
                if (state.equals("23505") || state.equals("40001") || state.equals("40P01")) {
                    return Optional.of(ProblemType.CONFLICT);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The SQLSTATE to log instead of the database's message, which can quote the values of a row
     * (a duplicate key's value, say) that have no place in a log.
     */
    static String sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "none (" + failure.getClass().getSimpleName() + ")";
    }

    /** Agroal's "acquisition timeout": every pooled connection is in use. */
    private static boolean isPoolTimeout(Throwable cause) {
        return cause instanceof SQLException && cause.getMessage() != null
                && cause.getMessage().contains("acquisition timeout");
    }

    private DatabaseFailures() {
    }
}
