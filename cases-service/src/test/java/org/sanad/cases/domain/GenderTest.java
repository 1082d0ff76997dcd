package org.sanad.cases.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class GenderTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(value = {
            "female|FEMALE",
            "FEMALE|FEMALE",
            "Male|MALE",
            "  male |MALE",
            "undisclosed|UNDISCLOSED",
    }, delimiter = '|', ignoreLeadingAndTrailingWhitespace = false)
    void aGenderIsReadHoweverTheIdentityProviderCapitalisesOrPadsIt(String spelled, Gender gender) {
        assertEquals(gender, Gender.of(spelled));
    }

    @ParameterizedTest(name = "\"{0}\" is no gender")
    @NullSource
    @ValueSource(strings = { "", " ", "f", "m", "woman", "other", "FEMALE_", "أنثى" })
    void anAbsentOrUnknownGenderIsNone(String spelled) {
        assertNull(Gender.of(spelled));
    }

    @Property
    void everyGenderReadsBackFromItsNameInAnyCase(@ForAll Gender gender, @ForAll boolean upper) {
        String name = upper ? gender.name() : gender.name().toLowerCase(Locale.ROOT);
        assertEquals(gender, Gender.of(" " + name + "\t"));
    }
}
