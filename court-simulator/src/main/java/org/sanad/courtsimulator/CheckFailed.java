package org.sanad.courtsimulator;

/**
 * A check the court makes did not pass: a signature that does not verify, bytes whose SHA-256 is
 * not the signed manifest's, a retry that was not answered as a replay. The command exits with
 * {@link SanadCourt#CHECK_FAILED}.
 */
public final class CheckFailed extends Exception {

    private static final long serialVersionUID = 1L;

    public CheckFailed(String message) {
        super(message);
    }
}
