package org.sanad.privacy;

import org.sanad.core.audit.AuditRecordType;

/** The record a key rotation is on, the key; or an encrypted value, named by its table, column and row. */
public enum KeyAuditRecord implements AuditRecordType {
    EVIDENCE_KEY("evidence-key"),
    ENCRYPTED_FIELD("encrypted-field");

    private final String code;

    KeyAuditRecord(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
