package org.sanad.complaints.service;

import java.security.SecureRandom;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.exception.ConstraintViolationException;
import org.sanad.kernel.jurisdiction.Jurisdiction;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.rules.TrackingNumberFormat;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Draws the tracking number of a new complaint ({@link TrackingNumberFormat}) and files it again
 * with a new number if the one it drew was taken.
 */
@ApplicationScoped
public class TrackingNumbers {

    @Inject
    Jurisdiction jurisdiction;

    private static final int ATTEMPTS = 5;

    private final SecureRandom random = new SecureRandom();

    /** A new number, drawn at random; the database's unique constraint tells whether it is taken. */
    public String next() {
        return TrackingNumberFormat.compose(jurisdiction.trackingPrefix(), Year.now(ZoneOffset.UTC), random);
    }

    /**
     * The filing, in a transaction of its own, made again in a new transaction (with a new number)
     * if the number it drew was taken: by an earlier complaint, or by one filed at the same moment,
     * which no look-up before the insert could have seen. A clash is about one filing in a million
     * at a million complaints a year, so the insert is not preceded by a look-up (one statement of
     * the six a filing sent, 5% of its samples, README Benchmarks); the filing's other writes, its audit
     * entry and hand-off included, go with the failed attempt's rollback.
     */
    public <T> T filing(Supplier<T> filing) {
        for (int attempt = 1;; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(filing::get);
            } catch (RuntimeException e) {
                // 2^40 numbers a year: five clashes in a row mean something else is wrong
                if (attempt == ATTEMPTS || !isClash(e)) {
                    throw e;
                }
                Log.warnf("A drawn tracking number was taken; filing again (attempt %d of %d)", attempt + 1, ATTEMPTS);
            }
        }
    }

    private static boolean isClash(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && Complaint.TRACKING_NUMBER_CONSTRAINT.equalsIgnoreCase(violation.getConstraintName())) {
                return true;
            }
        }
        return false;
    }
}
