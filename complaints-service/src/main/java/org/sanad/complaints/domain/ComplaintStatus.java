package org.sanad.complaints.domain;

import java.util.EnumSet;
import java.util.Set;

/** A complaint's life cycle. Accepted, duplicate, rejected and withdrawn are final. */
public enum ComplaintStatus {
    SUBMITTED, UNDER_REVIEW, NEEDS_INFORMATION, ACCEPTED, DUPLICATE, REJECTED, WITHDRAWN;

    /** The statuses an intake officer still has to decide on. */
    public static final Set<ComplaintStatus> OPEN = EnumSet.of(SUBMITTED, UNDER_REVIEW, NEEDS_INFORMATION);

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    public boolean canMoveTo(ComplaintStatus next) {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(UNDER_REVIEW, DUPLICATE, REJECTED, WITHDRAWN).contains(next);
            case UNDER_REVIEW -> EnumSet.of(NEEDS_INFORMATION, DUPLICATE, REJECTED, ACCEPTED, WITHDRAWN).contains(next);
            case NEEDS_INFORMATION -> EnumSet.of(UNDER_REVIEW, DUPLICATE, REJECTED, WITHDRAWN).contains(next);
            case ACCEPTED, DUPLICATE, REJECTED, WITHDRAWN -> false;
        };
    }
}
