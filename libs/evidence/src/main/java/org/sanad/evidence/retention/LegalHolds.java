package org.sanad.evidence.retention;

import java.util.UUID;

/**
 * A service's legal holds on its records (complaints, cases): each service implements them on
 * its own records and access rules; each service's LegalHoldResource serves them over HTTP.
 */
public interface LegalHolds {

    /** The hold set on the record; a 404 problem when none is. */
    LegalHoldView read(UUID recordId);

    /** Sets or replaces the hold (audited). */
    LegalHoldView place(UUID recordId, LegalHoldInput input);

    /** Releases the hold, if one is set (audited). */
    void release(UUID recordId);
}
