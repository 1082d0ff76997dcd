package org.sanad.complaints.audit;

import org.sanad.core.audit.AuditRecordType;

/** The records complaints-service's actions are on. */
public enum ComplaintsAuditRecord implements AuditRecordType {
    COMPLAINT("complaint"),
    EVIDENCE("evidence"),
    /** A victim's phone, recorded by its blind index: searches for one phone can be told apart. */
    VICTIM_PHONE("victim-phone"),
    /** An alert to the people on duty about a complaint. */
    RISK_ALERT("risk-alert");

    private final String code;

    ComplaintsAuditRecord(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
