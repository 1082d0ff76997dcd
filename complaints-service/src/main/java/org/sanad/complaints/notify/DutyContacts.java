package org.sanad.complaints.notify;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.sanad.complaints.config.NotificationsConfig;

/**
 * The phone a duty message goes to: the governorate's duty contact, or the national unit's. A
 * contact set as an environment variable ({@code NOTIFICATIONS_DUTY_CONTACTS__IQ_BG_}, the form a
 * Kubernetes ConfigMap or a shell gives) reaches the map under the variable's spelling of the code,
 * not {@code IQ-BG}: codes are compared in that form, so either spelling finds its contact.
 */
final class DutyContacts {

    private DutyContacts() {
    }

    static Optional<String> of(NotificationsConfig config, String governorate, DutyMessage message) {
        if (message == DutyMessage.DUTY_NATIONAL) {
            return config.nationalContact();
        }
        Map<String, String> contacts = config.dutyContacts();
        String exact = contacts.get(governorate);
        if (exact != null) {
            return Optional.of(exact);
        }
        String wanted = variableForm(governorate);
        return contacts.entrySet().stream().filter(contact -> variableForm(contact.getKey()).equals(wanted))
                .map(Map.Entry::getValue).findFirst();
    }

    /** {@code IQ-BG}, {@code iq_bg} and {@code "IQ_BG"} alike: upper case, every other sign an underscore, none at the ends. */
    static String variableForm(String code) {
        return code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
    }
}
