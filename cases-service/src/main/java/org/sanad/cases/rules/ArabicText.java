package org.sanad.cases.rules;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for search so that spellings people use interchangeably match: Arabic diacritics
 * and tatweel dropped, alef forms (أ إ آ ٱ) to ا, ى to ي, ة to ه, Arabic-Indic digits to ASCII,
 * Latin lower-cased.
 */
public final class ArabicText {

    private static final Pattern MARKS = Pattern.compile("[\\u064B-\\u065F\\u0670\\u0640]");

    private ArabicText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String folded = MARKS.matcher(text).replaceAll("");
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            out.append(switch (c) {
                case '\u0622', '\u0623', '\u0625', '\u0671' -> '\u0627';
                case '\u0649' -> '\u064A';
                case '\u0629' -> '\u0647';
                default -> c >= '\u0660' && c <= '\u0669' ? (char) ('0' + c - '\u0660')
                        : c >= '\u06F0' && c <= '\u06F9' ? (char) ('0' + c - '\u06F0') : c;
            });
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
