package org.sanad.complaints.notify;

import org.sanad.complaints.domain.ComplaintStatus;
import org.sanad.complaints.domain.InvestigationStatus;

/** What a victim is told of: the filing, each public status change and the investigation's steps. */
public enum NotificationEvent {
    RECEIVED, UNDER_REVIEW, QUESTION_ASKED, ACCEPTED, REJECTED, DUPLICATE, WITHDRAWN,
    ARREST_MADE, REFERRED_TO_COURT, HEARING_SCHEDULED, COURT_DECIDED, CLOSED;

    /** The event a complaint's new status is told as; none for the filing's own status. */
    public static NotificationEvent of(ComplaintStatus status) {
        return switch (status) {
            case SUBMITTED -> null;
            case UNDER_REVIEW -> UNDER_REVIEW;
            case NEEDS_INFORMATION -> QUESTION_ASKED;
            case ACCEPTED -> ACCEPTED;
            case DUPLICATE -> DUPLICATE;
            case REJECTED -> REJECTED;
            case WITHDRAWN -> WITHDRAWN;
        };
    }

    /** The event an investigation's new status is told as; none for the investigation starting (the acceptance told it). */
    public static NotificationEvent of(InvestigationStatus status) {
        return switch (status) {
            case INVESTIGATION_UNDER_WAY -> null;
            case ARREST_MADE -> ARREST_MADE;
            case REFERRED_TO_COURT -> REFERRED_TO_COURT;
            case HEARING_SCHEDULED -> HEARING_SCHEDULED;
            case COURT_DECIDED -> COURT_DECIDED;
            case CLOSED -> CLOSED;
        };
    }

    /** Whether the complaint ends with this event, and the victim's contact is erased once it is told. */
    public boolean closes() {
        return this == REJECTED || this == DUPLICATE || this == WITHDRAWN || this == CLOSED;
    }
}
