package org.sanad.complaints.audit;

import org.sanad.core.audit.AuditAction;

/** What complaints-service audits: its own words of the suite's audit vocabulary (codes never change once written). */
public enum ComplaintsAuditAction implements AuditAction {
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
    EVIDENCE_DOWNLOAD("evidence.download"),
    EVIDENCE_CUSTODY_READ("evidence.custody.read"),
    VICTIM_IDENTITY_DISCLOSE("victim.identity.disclose"),
    NOTIFICATION_CHOICE_READ("notification-choice.read"),
    NOTIFICATION_CHOICE_CHANGE("notification-choice.change"),
    NOTIFICATION_CHOICE_STOP("notification-choice.stop"),
    NOTIFICATION_LIST("notification.list"),
    /** The victim's contact erased after the complaint closed (the job's, no person's). */
    NOTIFICATION_CONTACT_ERASE("notification-contact.erase"),
    /** An alert to the people on duty raised: a filing at risk, a missed triage deadline. */
    RISK_ALERT_RAISE("risk-alert.raise"),
    RISK_ALERT_ACKNOWLEDGE("risk-alert.acknowledge"),
    /** An untriaged complaint went to the supervisor, or on to the national unit. */
    COMPLAINT_ESCALATE("complaint.escalate");

    private final String code;

    ComplaintsAuditAction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
