package org.sanad.core.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * Translated texts for problem responses. A service's own bundle ({@code messages/service}) is
 * looked up first, then the shared one ({@code messages/commons}). Arabic is chosen when the
 * client prefers it; English otherwise.
 */
public final class Messages {

    public static final Locale ARABIC = Locale.forLanguageTag("ar");
    private static final List<String> BUNDLES = List.of("messages/service", "messages/commons");

    private Messages() {
    }

    public static Locale choose(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            if ("ar".equals(locale.getLanguage())) {
                return ARABIC;
            }
            if ("en".equals(locale.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }

    /**
     * The language of an answer to a request, from its Accept-Language as the HTTP layer reads it
     * ({@code headers::getAcceptableLanguages}); English when the header cannot be read (a q that
     * is no number), which the reader reports by throwing.
     */
    public static Locale choose(Supplier<List<Locale>> acceptable) {
        try {
            return choose(acceptable.get());
        } catch (RuntimeException unreadable) {
            return Locale.ENGLISH;
        }
    }

    public static String text(Locale locale, String key, Object... args) {
        for (String bundleName : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(bundleName, locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                if (bundle.containsKey(key)) {
                    String pattern = bundle.getString(key);
                    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
                }
            } catch (MissingResourceException absentBundle) {
                // this service has no bundle of that name; try the next
            }
        }
        return key;
    }
}
