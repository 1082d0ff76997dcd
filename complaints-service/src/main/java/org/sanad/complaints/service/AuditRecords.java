package org.sanad.complaints.service;

/** Names of the audited record types and actions of this service. */
final class AuditRecords {

    static final String COMPLAINT = "complaint";
    static final String EVIDENCE = "evidence";

    static final String FILE = "complaint.file";
    static final String READ = "complaint.read";
    static final String READ_HISTORY = "complaint.history.read";
    static final String TRACK = "complaint.track";
    static final String SUPPLEMENT = "complaint.supplement";
    static final String WITHDRAW = "complaint.withdraw";
    static final String TRIAGE = "complaint.triage";
    static final String PRIORITY_REFRESH = "complaint.priority.refresh";
    static final String CASE_UPDATE = "complaint.case-update";
    static final String EVIDENCE_UPLOAD = "evidence.upload";
    static final String EVIDENCE_LIST = "evidence.list";
    static final String EVIDENCE_DOWNLOAD = "evidence.download";
    static final String EVIDENCE_CUSTODY = "evidence.custody.read";

    private AuditRecords() {
    }
}
