package org.sanad.evidence.store;

/** Stored evidence no longer is what was received: a segment fails its tag or the bytes their hash. */
public class EvidenceIntegrityException extends RuntimeException {

    public EvidenceIntegrityException(String message) {
        super(message, null, false, false);
    }
}
