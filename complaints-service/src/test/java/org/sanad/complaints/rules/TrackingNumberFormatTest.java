package org.sanad.complaints.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.Random;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.UpperChars;

class TrackingNumberFormatTest {

    /** Crockford's base 32, as read out over a phone. */
    private static final String GROUP = "[0-9A-HJKMNP-TV-Z]{4}";

    /** A source of randomness that answers the bounded draws in the order given. */
    private static RandomGenerator drawing(int... draws) {
        return new RandomGenerator() {
            private int next;

            @Override
            public int nextInt(int bound) {
                return draws[next++];
            }

            @Override
            public long nextLong() {
                throw new UnsupportedOperationException("only bounded draws are expected");
            }
        };
    }

    @Test
    void aNumberIsThePrefixTheYearAndTwoGroupsOfFour() {
        String number = TrackingNumberFormat.compose("IQ", Year.of(2026), drawing(7, 19, 3, 23, 9, 20, 31, 13));

        assertEquals("IQ-2026-7K3Q-9MZD", number);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(chars = { 'I', 'L', 'O', 'U' })
    void theAlphabetLeavesOutLettersThatAreMisheardOverAPhone(char misheard) {
        assertEquals(-1, TrackingNumberFormat.ALPHABET.indexOf(misheard));
    }

    @Test
    void theAlphabetHas32DistinctCharactersSoAGroupCarries20Bits() {
        assertEquals(32, TrackingNumberFormat.ALPHABET.chars().distinct().count());
        assertTrue(Pattern.matches("[0-9A-Z]+", TrackingNumberFormat.ALPHABET));
    }

    @Test
    void eachDrawPicksTheCharacterAtItsPlaceInTheAlphabet() {
        int[] everyPlace = new int[32];
        for (int i = 0; i < everyPlace.length; i++) {
            everyPlace[i] = i;
        }

        assertEquals("0123456789ABCDEFGHJKMNPQRSTVWXYZ", TrackingNumberFormat.draw(32, drawing(everyPlace)));
    }

    @Test
    void theHighestDrawIsTheAlphabetsLastCharacter() {
        RandomGenerator highest = new RandomGenerator() {
            @Override
            public int nextInt(int bound) {
                return bound - 1;
            }

            @Override
            public long nextLong() {
                throw new UnsupportedOperationException("only bounded draws are expected");
            }
        };

        assertEquals("ZZZZ", TrackingNumberFormat.draw(4, highest));
    }

    @Test
    void everyCharacterOfTheAlphabetTurnsUpInEnoughDraws() {
        String drawn = TrackingNumberFormat.draw(10_000, new Random(42));

        assertEquals(TrackingNumberFormat.ALPHABET.chars().boxed().collect(Collectors.toSet()),
                drawn.chars().boxed().collect(Collectors.toSet()));
    }

    @Test
    void drawingNothingGivesNothing() {
        assertEquals("", TrackingNumberFormat.draw(0, drawing()));
    }

    @Property
    void everyNumberHasTheShapeOfATrackingNumber(@ForAll long seed,
            @ForAll @UpperChars @StringLength(min = 2, max = 3) String prefix,
            @ForAll @IntRange(min = 2000, max = 2999) int year) {
        String number = TrackingNumberFormat.compose(prefix, Year.of(year), new Random(seed));

        assertTrue(Pattern.matches(Pattern.quote(prefix) + "-" + year + "-" + GROUP + "-" + GROUP, number), number);
    }

    @Property
    void aDrawIsAsLongAsAskedAndOnlyOfTheAlphabet(@ForAll long seed, @ForAll @IntRange(max = 64) int length) {
        String drawn = TrackingNumberFormat.draw(length, new Random(seed));

        assertEquals(length, drawn.length());
        assertTrue(drawn.chars().allMatch(c -> TrackingNumberFormat.ALPHABET.indexOf(c) >= 0), drawn);
    }
}
