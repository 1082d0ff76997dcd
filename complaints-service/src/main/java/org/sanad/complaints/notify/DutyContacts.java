package org.sanad.complaints.notify;

import java.util.Optional;

import org.sanad.complaints.config.NotificationsConfig;

/** The phone a duty message goes to: the governorate's duty contact, or the national unit's. */
final class DutyContacts {

    private DutyContacts() {
    }

    static Optional<String> of(NotificationsConfig config, String governorate, DutyMessage message) {
        return message == DutyMessage.DUTY_NATIONAL ? config.nationalContact()
                : Optional.ofNullable(config.dutyContacts().get(governorate));
    }
}
