package org.sanad.commons.audit;

/** The kinds of records the suite audits actions on. */
public enum AuditRecordType {
    COMPLAINT("complaint"),
    EVIDENCE("evidence"),
    CASE("case"),
    REFERRAL("referral"),
    EVIDENCE_ITEM("evidence-item"),
    IDENTIFIER("identifier"),
    /** A victim's phone, recorded by its blind index: searches for one phone can be told apart. */
    VICTIM_PHONE("victim-phone"),
    OFFICER("officer"),
    OUTBOX_EVENT("outbox-event"),
    HANDOFF("handoff"),
    AUDIT_LOG("audit-log"),
    EVIDENCE_KEY("evidence-key"),
    ENDPOINT("endpoint");

    private final String code;

    AuditRecordType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
