package org.sanad.complaints.domain;

/** When the filer gave an image hash: with the complaint, or added later. */
public enum HashSubmission {
    FILING, SUPPLEMENT
}
