package org.sanad.cases.client;

import org.sanad.handoff.HandOff;

/** What cases-service hands to complaints-service, and where (complaints-service's contract). */
public final class ComplaintsHandOffs {

    public static final String DESTINATION = "complaints-service";

    /** A case moved: the victims of its complaints learn the public status. */
    public static final HandOff<CaseUpdate> CASE_STATUS = HandOff.of(DESTINATION, "case-status", "/case-updates",
            CaseUpdate.class);

    private ComplaintsHandOffs() {
    }
}
