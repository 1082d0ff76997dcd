package org.sanad.cases.audit;

import org.sanad.core.audit.AuditAction;

/** What cases-service audits: its own words of the suite's audit vocabulary (codes never change once written). */
public enum CasesAuditAction implements AuditAction {
    EVIDENCE_LIST("evidence.list"),
    EVIDENCE_READ("evidence.read"),
    EVIDENCE_CUSTODY_READ("evidence.custody.read"),
    EVIDENCE_REGISTER("evidence.register"),
    EVIDENCE_CUSTODY("evidence.custody"),
    EVIDENCE_VERIFY("evidence.verify"),
    EVIDENCE_COURT_RELEASE("evidence.court-release"),
    CASE_COMPLAINT_LINK("case.complaint.link"),
    CASE_READ("case.read"),
    CASE_TIMELINE_READ("case.timeline.read"),
    CASE_SUSPECT_LIST("case.suspect.list"),
    CASE_CORRELATION_LIST("case.correlation.list"),
    CASE_ASSIGN("case.assign"),
    CASE_STATUS("case.status"),
    CASE_SUSPECT_ADD("case.suspect.add"),
    CASE_ACTION_ADD("case.action.add"),
    CASE_CORRELATION_DECIDE("case.correlation.decide"),
    CASE_REFERRAL_BASIS_READ("case.referral-basis.read"),
    CASE_REFERABLE_LIST("case.referable.list"),
    CASE_COURT_UPDATE("case.court-update"),
    IDENTIFIER_LOOKUP("identifier.lookup");

    private final String code;

    CasesAuditAction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
