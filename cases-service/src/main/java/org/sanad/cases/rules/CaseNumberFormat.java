package org.sanad.cases.rules;

/** How a case number reads, such as {@code BG-2026-00042}: the governorate, the year, a running number. */
public final class CaseNumberFormat {

    private CaseNumberFormat() {
    }

    /**
     * The number of the {@code number}th case of {@code year} in {@code governorate}, which is named
     * by its ISO 3166-2 code ({@code IQ-BG}) or by its region part alone ({@code BG}).
     */
    public static String format(String governorate, int year, long number) {
        String region = governorate.contains("-") ? governorate.substring(governorate.indexOf('-') + 1) : governorate;
        return String.format("%s-%d-%05d", region, year, number);
    }
}
