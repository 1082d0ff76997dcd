package org.sanad.audit;

import org.sanad.core.audit.AuditAction;

/** What the audit log itself records: its chain's verification and breaks, and the HTTP layer's refusals. */
public enum AuditLogAction implements AuditAction {
    AUDIT_CHAIN_VERIFY("audit.chain.verify"),
    /** The scheduled full walk found the chain broken at a position (the record id: position and problem). */
    AUDIT_CHAIN_BREAK("audit.chain.break"),
    /** An endpoint's role check refused the caller (or found none) before any record was read. */
    ENDPOINT_ACCESS("endpoint.access");

    private final String code;

    AuditLogAction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
