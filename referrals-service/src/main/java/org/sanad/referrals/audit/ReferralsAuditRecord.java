package org.sanad.referrals.audit;

import org.sanad.core.audit.AuditRecordType;

/** The records referrals-service's actions are on. */
public enum ReferralsAuditRecord implements AuditRecordType {
    CASE("case"),
    REFERRAL("referral"),
    EVIDENCE_ITEM("evidence-item"),
    IDENTITY_REQUEST("identity-request"),
    COURT_WEBHOOK("court-webhook");

    private final String code;

    ReferralsAuditRecord(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
