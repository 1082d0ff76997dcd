package org.sanad.complaints.rules;

import java.time.Year;
import java.util.random.RandomGenerator;

/**
 * Tracking numbers such as {@code IQ-2026-7K3Q-9MZD}: easy to read out over a phone (Crockford's
 * alphabet, no I, L, O or U), and 40 random bits so that one number says nothing about another.
 * The anonymous filer's secret is drawn from the same alphabet.
 */
public final class TrackingNumberFormat {

    public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private static final int GROUP_LENGTH = 4;

    private TrackingNumberFormat() {
    }

    /** {@code prefix-year-XXXX-XXXX}, the two groups drawn from {@code random}. */
    public static String compose(String prefix, Year year, RandomGenerator random) {
        return prefix + "-" + year + "-" + draw(GROUP_LENGTH, random) + "-" + draw(GROUP_LENGTH, random);
    }

    /** {@code length} characters of the alphabet, each drawn from {@code random}. */
    public static String draw(int length, RandomGenerator random) {
        char[] chars = new char[length];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(chars);
    }
}
