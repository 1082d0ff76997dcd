package org.sanad.handoff;

import org.sanad.core.audit.AuditRecordType;

/** The records hand-off actions are on. */
public enum HandOffAuditRecord implements AuditRecordType {
    OUTBOX_EVENT("outbox-event"),
    HANDOFF("handoff");

    private final String code;

    HandOffAuditRecord(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
