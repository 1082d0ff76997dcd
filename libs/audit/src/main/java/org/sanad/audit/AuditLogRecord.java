package org.sanad.audit;

import org.sanad.core.audit.AuditRecordType;

/** The records the audit log's own actions are on. */
public enum AuditLogRecord implements AuditRecordType {
    AUDIT_LOG("audit-log"),
    ENDPOINT("endpoint");

    private final String code;

    AuditLogRecord(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
