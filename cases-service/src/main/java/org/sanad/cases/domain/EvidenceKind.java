package org.sanad.cases.domain;

/** What an evidence item is. */
public enum EvidenceKind {
    FILE, DEVICE, EXTRACTION, DOCUMENT, OTHER
}
