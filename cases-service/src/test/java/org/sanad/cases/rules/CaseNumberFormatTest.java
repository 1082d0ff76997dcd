package org.sanad.cases.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class CaseNumberFormatTest {

    @ParameterizedTest(name = "case {2} of {1} in {0} is {3}")
    @CsvSource({
            "IQ-BG, 2026,      42, BG-2026-00042",
            "IQ-KA, 2026,       1, KA-2026-00001",
            "IQ-NI, 2027,   99999, NI-2027-99999",
            "BG,    2026,       7, BG-2026-00007",
    })
    void aCaseNumberNamesTheGovernorateTheYearAndARunningNumber(String governorate, int year, long number,
            String expected) {
        assertEquals(expected, CaseNumberFormat.format(governorate, year, number));
    }

    @ParameterizedTest(name = "case {0} is {1}")
    @CsvSource({
            "100000,  BG-2026-100000",
            "1234567, BG-2026-1234567",
    })
    void numbersPastFiveDigitsAreWrittenWholeNotCut(long number, String expected) {
        assertEquals(expected, CaseNumberFormat.format("IQ-BG", 2026, number));
    }

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource({
            "IQ-BG-X, BG-X-2026-00003",
            "IQ-,     -2026-00003",
    })
    void onlyTheCountryPrefixIsDropped(String governorate, String expected) {
        assertEquals(expected, CaseNumberFormat.format(governorate, 2026, 3));
    }

    @Property
    void theRunningNumberReadsBackFromTheCaseNumber(@ForAll @LongRange(min = 0, max = 9_999_999) long number,
            @ForAll @IntRange(min = 2020, max = 2099) int year) {
        String caseNumber = CaseNumberFormat.format("IQ-BA", year, number);
        String[] parts = caseNumber.split("-");

        assertEquals(3, parts.length, caseNumber);
        assertEquals("BA", parts[0]);
        assertEquals(year, Integer.parseInt(parts[1]));
        assertEquals(number, Long.parseLong(parts[2]));
        assertTrue(parts[2].length() >= 5, caseNumber);
    }

    @Property
    void twoRunningNumbersNeverShareACaseNumber(@ForAll @LongRange(min = 0, max = 9_999_999) long one,
            @ForAll @LongRange(min = 0, max = 9_999_999) long other) {
        if (one != other) {
            assertNotEquals(CaseNumberFormat.format("IQ-BA", 2026, one), CaseNumberFormat.format("IQ-BA", 2026, other));
        }
    }

    @Property
    void caseNumbersOfOneYearAndGovernorateUpToFiveDigitsSortAsTheirNumbers(
            @ForAll @LongRange(min = 0, max = 99_999) long one, @ForAll @LongRange(min = 0, max = 99_999) long other) {
        int byText = Integer.signum(CaseNumberFormat.format("IQ-BA", 2026, one)
                .compareTo(CaseNumberFormat.format("IQ-BA", 2026, other)));

        assertEquals(Long.signum(one - other), byText);
    }
}
