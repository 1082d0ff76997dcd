package org.sanad.core.problem;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

import org.sanad.core.audit.AuditAction;
import org.sanad.core.audit.AuditRecordType;

/**
 * Thrown by services for an expected, client-caused failure. The message is a key into the
 * message bundles so the response can be translated; {@code args} fill its placeholders.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final transient Object[] args;
    private final List<Problem.FieldViolation> violations;
    private transient Refusal refusal;
    private Long retryAfterSeconds;

    /**
     * A refused action to audit. It is written when the problem is answered, after the refused
     * request's transaction has rolled back and given its connection back: a refusal never needs
     * a second connection while the first is held.
     */
    public record Refusal(AuditAction action, AuditRecordType recordType, String recordId) {
    }

    public ProblemException(ProblemType type, String messageKey, Object... args) {
        this(type, List.of(), messageKey, args);
    }

    private ProblemException(ProblemType type, List<Problem.FieldViolation> violations, String messageKey,
            Object... args) {
        super(messageKey, null, false, false);
        this.type = type;
        this.args = args;
        this.violations = violations;
    }

    /** A validation problem on one field; the violation message is translated from {@code messageKey}. */
    public static ProblemException invalidField(String field, String messageKey) {
        return invalid(List.of(new Problem.FieldViolation(field, messageKey)));
    }

    /** A validation problem; each violation's message is a key translated when the response is written. */
    public static ProblemException invalid(List<Problem.FieldViolation> violations) {
        return new ProblemException(ProblemType.VALIDATION, List.copyOf(violations), "problem.validation.detail");
    }

    /** This problem, with the refused action to audit when it is answered. */
    public ProblemException audited(AuditAction action, AuditRecordType recordType, Object recordId) {
        this.refusal = new Refusal(action, recordType, String.valueOf(recordId));
        return this;
    }

    /** This problem, telling the client when to try again (a limit that frees up at a known time): Retry-After. */
    public ProblemException retryAfter(Duration wait) {
        this.retryAfterSeconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        return this;
    }

    public OptionalLong retryAfterSeconds() {
        return retryAfterSeconds == null ? OptionalLong.empty() : OptionalLong.of(retryAfterSeconds);
    }

    public Refusal refusal() {
        return refusal;
    }

    public static ProblemException notFound(String messageKey, Object... args) {
        return new ProblemException(ProblemType.NOT_FOUND, messageKey, args);
    }

    public static ProblemException forbidden(String messageKey, Object... args) {
        return new ProblemException(ProblemType.FORBIDDEN, messageKey, args);
    }

    public ProblemType type() {
        return type;
    }

    public String messageKey() {
        return getMessage();
    }

    public Object[] args() {
        return args;
    }

    /** Violations whose {@code message} is still an untranslated key. */
    public List<Problem.FieldViolation> violations() {
        return violations;
    }
}
