package org.sanad.cases.service;

/** Names of the audited record types and actions of this service. */
final class AuditRecords {

    static final String CASE = "case";
    static final String EVIDENCE = "evidence-item";

    static final String LINK_COMPLAINT = "case.complaint.link";
    static final String READ = "case.read";
    static final String ASSIGN = "case.assign";
    static final String STATUS = "case.status";
    static final String SUSPECT = "case.suspect.add";
    static final String ACTION = "case.action.add";
    static final String FLAG_DECIDE = "case.correlation.decide";
    static final String EVIDENCE_REGISTER = "evidence.register";
    static final String EVIDENCE_CUSTODY = "evidence.custody";
    static final String EVIDENCE_VERIFY = "evidence.verify";
    static final String LOOKUP = "identifier.lookup";

    private AuditRecords() {
    }
}
