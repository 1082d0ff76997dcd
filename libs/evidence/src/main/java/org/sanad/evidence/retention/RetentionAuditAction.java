package org.sanad.evidence.retention;

import org.sanad.core.audit.AuditAction;

/** What retention audits: legal holds read, placed and released, and evidence purged at the end of its retention. */
public enum RetentionAuditAction implements AuditAction {
    EVIDENCE_PURGE("evidence.purge"),
    LEGAL_HOLD_READ("legal-hold.read"),
    LEGAL_HOLD_PLACE("legal-hold.place"),
    LEGAL_HOLD_RELEASE("legal-hold.release");

    private final String code;

    RetentionAuditAction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
