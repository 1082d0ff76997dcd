package org.sanad.officers;

import org.sanad.core.audit.AuditRecordType;

/** The record the officer directory's actions are on. */
public enum OfficerAuditRecord implements AuditRecordType {
    OFFICER("officer");

    private final String code;

    OfficerAuditRecord(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
