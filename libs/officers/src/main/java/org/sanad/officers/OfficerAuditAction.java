package org.sanad.officers;

import org.sanad.core.audit.AuditAction;

/** What the officer directory audits: who listed the officers. */
public enum OfficerAuditAction implements AuditAction {
    OFFICER_LIST("officer.list");

    private final String code;

    OfficerAuditAction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
