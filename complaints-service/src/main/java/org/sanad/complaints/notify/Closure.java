package org.sanad.complaints.notify;

import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.ComplaintStatus;
import org.sanad.complaints.domain.InvestigationStatus;

/** When a complaint is over for its victim's messages: rejected, a duplicate, withdrawn, or its case closed. */
final class Closure {

    private Closure() {
    }

    static boolean isClosed(Complaint complaint) {
        return complaint.status == ComplaintStatus.REJECTED || complaint.status == ComplaintStatus.DUPLICATE
                || complaint.status == ComplaintStatus.WITHDRAWN
                || complaint.investigationStatus == InvestigationStatus.CLOSED;
    }
}
