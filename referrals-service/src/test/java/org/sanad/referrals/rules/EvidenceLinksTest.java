package org.sanad.referrals.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class EvidenceLinksTest {

    private static final String SECRET = "test-evidence-link-secret-0123456789abcdef";
    private static final Duration TTL = Duration.ofMinutes(5);
    private static final Instant NOW = Instant.parse("2026-12-01T10:15:30.123456Z");
    private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private final EvidenceLinks links = new EvidenceLinks(SECRET, TTL);
    private final UUID referral = UUID.randomUUID();
    private final UUID item = UUID.randomUUID();

    private static void assertRefused(Runnable verification) {
        ProblemException refused = assertThrows(ProblemException.class, verification::run);
        assertEquals(ProblemType.FORBIDDEN, refused.type());
        assertEquals("evidence.link.invalid", refused.messageKey());
    }

    @ParameterizedTest
    @CsvSource({ "PT5M, 2026-12-01T10:20:30.123456Z", "PT30S, 2026-12-01T10:16:00.123456Z",
            "PT24H, 2026-12-02T10:15:30.123456Z" })
    void aGrantExpiresItsTimeToLiveAfterItIsGiven(Duration ttl, Instant expiry) {
        assertEquals(expiry, new EvidenceLinks(SECRET, ttl).grant(referral, item, "PMC", NOW).expiresAt());
    }

    @Test
    void aLinkTakesTheCourtToTheItemItWasGrantedFor() {
        EvidenceLinks.Grant grant = links.grant(referral, item, "PMC", NOW);
        EvidenceLinks.Grant verified = links.verify(links.sign(grant), "PMC", NOW);
        assertEquals(referral, verified.referralId());
        assertEquals(item, verified.itemId());
        assertEquals("PMC", verified.court());
    }

    @Test
    void aLinkIsWorthNothingToAnotherCourt() {
        String link = links.sign(links.grant(referral, item, "PMC", NOW));
        assertRefused(() -> links.verify(link, "BG-INV", NOW));
        assertRefused(() -> links.verify(link, "pmc", NOW));
    }

    @Test
    void aLinkServesUntilTheSecondBeforeItsExpiryAndNotFromIt() {
        EvidenceLinks.Grant grant = links.grant(referral, item, "PMC", NOW);
        String link = links.sign(grant);
        // the link carries its expiry in whole seconds: it ends at the second the grant's expiry falls in
        Instant expiry = grant.expiresAt().truncatedTo(ChronoUnit.SECONDS);
        assertEquals(expiry, links.verify(link, "PMC", expiry.minusNanos(1)).expiresAt());
        assertRefused(() -> links.verify(link, "PMC", expiry));
        assertRefused(() -> links.verify(link, "PMC", NOW.plus(Duration.ofDays(1))));
    }

    @Test
    void aLinkSignedWithAnotherSecretIsRefused() {
        EvidenceLinks elsewhere = new EvidenceLinks("another-evidence-link-secret-0123456789", TTL);
        String forged = elsewhere.sign(elsewhere.grant(referral, item, "PMC", NOW));
        assertRefused(() -> links.verify(forged, "PMC", NOW));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", ".", "nodot", "payload.", ".signature", "a.b.c", "not base64!.sig==",
            "MTIzfDQ1Nnxw.AAAA" })
    void somethingThatIsNotALinkIsRefusedAsOne(String token) {
        assertRefused(() -> links.verify(token, "PMC", NOW));
    }

    @ParameterizedTest
    @CsvSource({ "31, false", "32, true", "64, true" })
    void theSigningSecretMustBeAtLeast32CharactersLong(int length, boolean accepted) {
        String secret = "s".repeat(length);
        if (accepted) {
            assertDoesNotThrow(() -> new EvidenceLinks(secret, TTL));
        } else {
            assertThrows(IllegalStateException.class, () -> new EvidenceLinks(secret, TTL));
        }
    }

    @Property
    void aSignedLinkGivesBackItsGrantToItsCourtBeforeItsExpiry(@ForAll("courts") String court,
            @ForAll @LongRange(min = 0, max = 4_000_000_000L) long epochSecond, @ForAll @IntRange(max = 999_999_999) int nanos,
            @ForAll @LongRange(min = 0, max = 299_999) long millisLater) {
        Instant now = Instant.ofEpochSecond(epochSecond, nanos);
        EvidenceLinks.Grant grant = links.grant(referral, item, court, now);
        Instant later = now.plusMillis(millisLater);
        Assume.that(later.isBefore(grant.expiresAt().truncatedTo(ChronoUnit.SECONDS)));
        assertEquals(new EvidenceLinks.Grant(referral, item, court, grant.expiresAt().truncatedTo(ChronoUnit.SECONDS)),
                links.verify(links.sign(grant), court, later));
    }

    @Property
    void aLinkWithAnyCharacterOfItsGrantChangedIsRefused(@ForAll("courts") String court,
            @ForAll @IntRange(max = 10_000) int where, @ForAll("linkCharacters") char replacement) {
        String link = links.sign(links.grant(referral, item, court, NOW));
        int position = where % link.indexOf('.');
        Assume.that(link.charAt(position) != replacement);
        String changed = link.substring(0, position) + replacement + link.substring(position + 1);
        assertRefused(() -> links.verify(changed, court, NOW));
    }

    /**
     * The signature is Base64 without padding, whose last character also carries bits the decoder
     * ignores: a change there may spell the same signature. A changed link is refused or grants
     * exactly what the original did, never anything else.
     */
    @Property
    void aLinkWithAnyCharacterOfItsSignatureChangedGrantsNothingNew(@ForAll("courts") String court,
            @ForAll @IntRange(max = 10_000) int where, @ForAll("linkCharacters") char replacement) {
        String link = links.sign(links.grant(referral, item, court, NOW));
        int dot = link.indexOf('.');
        int position = dot + where % (link.length() - dot);
        Assume.that(link.charAt(position) != replacement);
        String changed = link.substring(0, position) + replacement + link.substring(position + 1);
        EvidenceLinks.Grant original = links.verify(link, court, NOW);
        try {
            assertEquals(original, links.verify(changed, court, NOW));
        } catch (ProblemException refused) {
            assertEquals("evidence.link.invalid", refused.messageKey());
        }
    }

    /** Court codes as the catalogue writes them, Arabic letters included; never the link's separator. */
    @Provide
    Arbitrary<String> courts() {
        return Arbitraries.strings().withCharRange('A', 'Z').numeric().withChars('-').withCharRange('\u0621', '\u064A')
                .ofMinLength(1).ofMaxLength(24);
    }

    @Provide
    Arbitrary<Character> linkCharacters() {
        return Arbitraries.of((BASE64URL + ".").chars().mapToObj(c -> (char) c).toList());
    }
}
