package org.sanad.courtsimulator;

/**
 * The exchange could not be made: Keycloak refused the court's credentials, or the service could
 * not be reached or refused a request. The command exits with {@link SanadCourt#EXCHANGE_FAILED}.
 */
public final class Unreachable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public Unreachable(String message, Throwable cause) {
        super(message, cause);
    }

    public Unreachable(String message) {
        super(message);
    }
}
