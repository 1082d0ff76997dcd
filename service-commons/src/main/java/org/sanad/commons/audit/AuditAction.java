package org.sanad.commons.audit;

/**
 * Every action the suite audits, in one fixed vocabulary: an auditor reads the same words in
 * every service's log. The code is what is stored and answered; it never changes once written.
 */
public enum AuditAction {
    COMPLAINT_FILE("complaint.file"),
    COMPLAINT_READ("complaint.read"),
    COMPLAINT_HISTORY_READ("complaint.history.read"),
    COMPLAINT_TRACK("complaint.track"),
    COMPLAINT_SUPPLEMENT("complaint.supplement"),
    COMPLAINT_WITHDRAW("complaint.withdraw"),
    COMPLAINT_TRIAGE("complaint.triage"),
    COMPLAINT_VICTIM_PHONE_SEARCH("complaint.victim-phone.search"),
    COMPLAINT_PRIORITY_REFRESH("complaint.priority.refresh"),
    COMPLAINT_CASE_UPDATE("complaint.case-update"),
    EVIDENCE_UPLOAD("evidence.upload"),
    EVIDENCE_LIST("evidence.list"),
    EVIDENCE_READ("evidence.read"),
    EVIDENCE_DOWNLOAD("evidence.download"),
    EVIDENCE_CUSTODY_READ("evidence.custody.read"),
    EVIDENCE_REGISTER("evidence.register"),
    EVIDENCE_CUSTODY("evidence.custody"),
    EVIDENCE_VERIFY("evidence.verify"),
    EVIDENCE_PURGE("evidence.purge"),
    LEGAL_HOLD_READ("legal-hold.read"),
    LEGAL_HOLD_PLACE("legal-hold.place"),
    LEGAL_HOLD_RELEASE("legal-hold.release"),
    EVIDENCE_COURT_RELEASE("evidence.court-release"),
    EVIDENCE_COURT_LINK("evidence.court-link"),
    EVIDENCE_COURT_ACCESS("evidence.court-access"),
    VICTIM_IDENTITY_DISCLOSE("victim.identity.disclose"),
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
    CASE_COURT_UPDATE("case.court-update"),
    REFERRAL_DRAFT("referral.draft"),
    REFERRAL_AMEND("referral.amend"),
    REFERRAL_SUBMIT("referral.submit"),
    REFERRAL_READ("referral.read"),
    REFERRAL_LIST("referral.list"),
    REFERRAL_CLOSE("referral.close"),
    COURT_FEED_READ("court.feed.read"),
    COURT_RECEIPT("court.receipt"),
    COURT_REVIEW("court.review"),
    COURT_HEARING("court.hearing"),
    COURT_DECISION("court.decision"),
    IDENTIFIER_LOOKUP("identifier.lookup"),
    OFFICER_LIST("officer.list"),
    OUTBOX_REQUEUE("outbox.requeue"),
    HANDOFF_RECEIVE("handoff.receive"),
    AUDIT_CHAIN_VERIFY("audit.chain.verify"),
    EVIDENCE_KEY_ROTATION("evidence.key.rotation"),
    /** An endpoint's role check refused the caller (or found none) before any record was read. */
    ENDPOINT_ACCESS("endpoint.access");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
