package org.sanad.privacy;

import org.sanad.core.audit.AuditRecordType;

/** The record a key rotation is on: the key. */
public enum KeyAuditRecord implements AuditRecordType {
    EVIDENCE_KEY("evidence-key");

    private final String code;

    KeyAuditRecord(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
