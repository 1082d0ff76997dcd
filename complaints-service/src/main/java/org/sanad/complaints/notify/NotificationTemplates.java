package org.sanad.complaints.notify;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of the messages, one bundle per language ({@code notifications/messages_<language>.properties},
 * UTF-8): a key per victim event ({@link NotificationEvent}) and per duty message ({@link DutyMessage}),
 * and the push notification's {@code title}. Each holds {@code {reference}} and {@code {link}}.
 */
public final class NotificationTemplates {

    public static final List<String> LANGUAGES = List.of("ar", "en", "fr", "ckb");

    static final String BUNDLE = "notifications/messages";

    static final String TITLE = "title";

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private NotificationTemplates() {
    }

    /** The message {@code key} in {@code language}, naming {@code reference} and {@code link}. */
    public static String text(String language, String key, String reference, String link) {
        return template(language, key).replace("{reference}", reference).replace("{link}", link);
    }

    public static String template(String language, String key) {
        try {
            return bundle(language).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No message " + key + " in " + BUNDLE + "_" + language + ".properties", e);
        }
    }

    static ResourceBundle bundle(String language) {
        return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language), NO_FALLBACK);
    }
}
