package org.sanad.cases.audit;

import org.sanad.core.audit.AuditRecordType;

/** The records cases-service's actions are on. */
public enum CasesAuditRecord implements AuditRecordType {
    CASE("case"),
    EVIDENCE_ITEM("evidence-item"),
    IDENTIFIER("identifier");

    private final String code;

    CasesAuditRecord(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
