package org.sanad.complaints.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FilerSecretsTest {

    private static final String SECRET = "7K3Q9MZD0123456789ABCDEFGH";

    private final FilerSecrets secrets = new FilerSecrets();

    @Test
    void aSecretIs26CharactersOfTheTrackingAlphabet() {
        String secret = secrets.newSecret();

        assertEquals(26, secret.length());
        assertTrue(secret.chars().allMatch(c -> TrackingNumberFormat.ALPHABET.indexOf(c) >= 0), secret);
    }

    @Test
    void noTwoSecretsAreTheSame() {
        Set<String> drawn = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            drawn.add(secrets.newSecret());
        }

        assertEquals(10_000, drawn.size());
    }

    @Test
    void theStoredHashIsTheHexadecimalSha256OfTheSecret() {
        // the test vector of FIPS 180-2
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", secrets.hash("abc"));
        assertEquals(64, secrets.hash(SECRET).length());
    }

    @ParameterizedTest(name = "\"{0}\" matches {1}")
    @CsvSource(textBlock = """
            7K3Q9MZD0123456789ABCDEFGH,       true
            7k3q9mzd0123456789abcdefgh,       true
            '  7K3Q9MZD0123456789ABCDEFGH  ', true
            7K3Q9MZD0123456789ABCDEFGJ,       false
            7K3Q9MZD0123456789ABCDEFG,        false
            7K3Q-9MZD-0123-4567-89AB-CDEF-GH, false
            '',                               false
            """)
    void theSecretIsRecognisedHoweverItsCaseOrSurroundingSpaceButNothingElse(String presented, boolean matches) {
        assertEquals(matches, secrets.matches(presented, secrets.hash(SECRET)));
    }

    @Test
    void nothingMatchesAMissingSecretOrHash() {
        assertFalse(secrets.matches(null, secrets.hash(SECRET)));
        assertFalse(secrets.matches(SECRET, null));
    }

    @Provide
    Arbitrary<String> secretsOfTheAlphabet() {
        return Arbitraries.strings().withChars(TrackingNumberFormat.ALPHABET.toCharArray()).ofLength(26);
    }

    @Property
    void aSecretMatchesItsHashAsTheFilerTypesItBack(@ForAll("secretsOfTheAlphabet") String secret,
            @ForAll boolean lowerCase, @ForAll boolean padded) {
        String typed = lowerCase ? secret.toLowerCase(Locale.ROOT) : secret;
        typed = padded ? " " + typed + "\t" : typed;

        assertTrue(secrets.matches(typed, secrets.hash(secret)));
    }

    @Property
    void aSecretNeverOpensAnotherSecretsComplaint(@ForAll("secretsOfTheAlphabet") String secret,
            @ForAll("secretsOfTheAlphabet") String other) {
        Assume.that(!secret.equals(other));

        assertFalse(secrets.matches(other, secrets.hash(secret)));
    }
}
