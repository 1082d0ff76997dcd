package org.sanad.privacy;

import org.sanad.core.audit.AuditAction;

/** What rotating the data keys audits. */
public enum KeyAuditAction implements AuditAction {
    EVIDENCE_KEY_ROTATION("evidence.key.rotation");

    private final String code;

    KeyAuditAction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
