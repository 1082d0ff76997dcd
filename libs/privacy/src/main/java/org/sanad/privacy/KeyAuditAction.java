package org.sanad.privacy;

import org.sanad.core.audit.AuditAction;

/** What rotating the data keys audits, and an encrypted value refused where it is stored. */
public enum KeyAuditAction implements AuditAction {
    EVIDENCE_KEY_ROTATION("evidence.key.rotation"),
    /** A stored value did not open where it is: altered, or copied from another row or column. */
    FIELD_INTEGRITY_FAILURE("field.integrity-failure");

    private final String code;

    KeyAuditAction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
