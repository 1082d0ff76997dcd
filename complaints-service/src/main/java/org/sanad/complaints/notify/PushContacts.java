package org.sanad.complaints.notify;

import jakarta.enterprise.context.ApplicationScoped;

import org.sanad.core.problem.FieldViolations;
import org.sanad.complaints.api.PushSubscriptionInput;

/** A browser's push subscription, checked before it is kept. */
@ApplicationScoped
class PushContacts {

    /** The subscription as stored, or null with the violation added. */
    String checked(FieldViolations violations, String field, PushSubscriptionInput subscription) {
        if (subscription == null) {
            violations.add(field, "notification.push-subscription.required");
            return null;
        }
        violations.add(field, "notification.push.unavailable");
        return null;
    }
}
