package org.sanad.complaints.client;

import org.sanad.handoff.HandOff;

/** What complaints-service hands to cases-service, and where (cases-service's contract). */
public final class CasesHandOffs {

    public static final String DESTINATION = "cases-service";

    /** A complaint was accepted for investigation. */
    public static final HandOff<ComplaintDelivery> COMPLAINT_ACCEPTED = HandOff.of(DESTINATION, "complaint-accepted",
            "/complaint-deliveries", ComplaintDelivery.class);

    /** An accepted complaint gained evidence or identifiers; cases-service merges what is new. */
    public static final HandOff<ComplaintDelivery> COMPLAINT_UPDATED = HandOff.of(DESTINATION, "complaint-updated",
            "/complaint-deliveries", ComplaintDelivery.class);

    private CasesHandOffs() {
    }
}
