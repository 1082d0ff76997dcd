package org.sanad.core.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the violations of rules that span several fields (or need configuration), so the
 * client learns about all of them in one problem response rather than one per round trip.
 */
public final class FieldViolations {

    private final List<Problem.FieldViolation> violations = new ArrayList<>();

    /** Records a violation; {@code messageKey} is translated when the response is written. */
    public FieldViolations add(String field, String messageKey) {
        violations.add(new Problem.FieldViolation(field, messageKey));
        return this;
    }

    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }
}
