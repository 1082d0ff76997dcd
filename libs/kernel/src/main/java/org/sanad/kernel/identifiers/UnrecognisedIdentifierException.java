package org.sanad.kernel.identifiers;

/** The raw value cannot be read as an identifier of the claimed type; the message is a message key. */
public class UnrecognisedIdentifierException extends RuntimeException {

    public UnrecognisedIdentifierException(String messageKey) {
        super(messageKey, null, false, false);
    }
}
