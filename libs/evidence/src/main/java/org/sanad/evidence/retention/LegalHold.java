package org.sanad.evidence.retention;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.sanad.core.identity.Caller;
import org.sanad.privacy.Encrypted;

/**
 * A supervisor's legal hold on a record (a complaint, a case): while it is set, the record's
 * evidence is kept past its retention period. Who set it, when and why are kept with it; setting
 * and releasing are audited.
 */
@Embeddable
public class LegalHold {

    /** As the supervisor wrote it: encrypted at rest. */
    @Encrypted
    @Column(name = "legal_hold_reason")
    public String reason;

    @Column(name = "legal_hold_by")
    public String placedBy;

    @Column(name = "legal_hold_at")
    public Instant placedAt;

    public boolean isSet() {
        return placedAt != null;
    }

    public void place(Caller caller, String why, Instant at) {
        reason = why.strip();
        placedBy = caller.subject();
        placedAt = at;
    }

    public void release() {
        reason = null;
        placedBy = null;
        placedAt = null;
    }
}
