package org.sanad.core.http;

import java.util.regex.Pattern;

/**
 * The RFC 9110 grammar of the request headers the REST layer parses for itself: a value outside it
 * made that parser throw, and the request end as a 500 before any of the service's code ran.
 */
public final class HeaderSyntax {

    /** RFC 9110 {@code token}. */
    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    /** {@code quoted-string}: visible ASCII and obs-text but no bare quote or backslash, escapes allowed. */
    private static final String QUOTED = "\"(?:[\\t \\x21\\x23-\\x5B\\x5D-\\x7E]|\\\\[\\t \\x21-\\x7E])*\"";
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            TOKEN + "/" + TOKEN + "(?:[ \\t]*;[ \\t]*" + TOKEN + "=(?:" + TOKEN + "|" + QUOTED + "))*[ \\t]*");
    private static final Pattern LANGUAGE_RANGE = Pattern.compile(
            "[ \\t]*(?:\\*|[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*)[ \\t]*(?:;[ \\t]*[qQ]=(?:0(?:\\.[0-9]{0,3})?|1(?:\\.0{0,3})?))?[ \\t]*");

    private HeaderSyntax() {
    }

    /** {@code type/subtype} and {@code ;name=value} parameters (RFC 9110 §8.3.1), nothing else. */
    public static boolean isMediaType(String value) {
        return value != null && MEDIA_TYPE.matcher(value).matches();
    }

    /** A list of language ranges with optional weights (RFC 9110 §12.5.4); empty elements are allowed. */
    public static boolean isLanguageList(String value) {
        if (value == null) {
            return false;
        }
        for (String range : value.split(",", -1)) {
            if (!range.isBlank() && !LANGUAGE_RANGE.matcher(range).matches()) {
                return false;
            }
        }
        return true;
    }
}
