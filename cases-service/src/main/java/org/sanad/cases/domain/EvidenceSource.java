package org.sanad.cases.domain;

/** How an evidence item came to the case. */
public enum EvidenceSource {
    COMPLAINT_EVIDENCE, REGISTERED
}
