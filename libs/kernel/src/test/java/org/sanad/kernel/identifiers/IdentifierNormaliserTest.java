package org.sanad.kernel.identifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierNormaliserTest {

    private final IdentifierNormaliser iraq = new IdentifierNormaliser("IQ");
    private final IdentifierNormaliser morocco = new IdentifierNormaliser("MA");

    @ParameterizedTest
    @ValueSource(strings = { "+9647701234567", "009647701234567", "07701234567", "0770 123 4567",
            "+964 770 123 4567", "٠٧٧٠١٢٣٤٥٦٧", "۰۷۷۰۱۲۳۴۵۶۷", "+964-770-123-4567" })
    void iraqiNumbersInEveryFormBecomeOneE164(String written) {
        assertEquals("+9647701234567", iraq.normalise(IdentifierType.PHONE, written));
    }

    @ParameterizedTest
    @ValueSource(strings = { "+212612345678", "00212612345678", "0612345678", "06 12 34 56 78" })
    void moroccanNumbersInEveryForm(String written) {
        assertEquals("+212612345678", morocco.normalise(IdentifierType.PHONE, written));
    }

    @Test
    void theNumberingOfTheDefaultRegionIsWhatTheNormaliserReads() {
        for (IdentifierNormaliser normaliser : new IdentifierNormaliser[] { iraq, morocco }) {
            PhoneNumbering numbering = normaliser.numbering();
            assertEquals(numbering.example(), normaliser.normalise(IdentifierType.PHONE, numbering.exampleNational()));
            assertEquals(numbering.example(), normaliser.normalise(IdentifierType.PHONE, numbering.example()));
            assertTrue(numbering.example().startsWith("+" + numbering.countryCode()), numbering.example());
            assertTrue(numbering.exampleNational().startsWith(numbering.nationalPrefix()), numbering.exampleNational());
        }
        assertEquals(new PhoneNumbering("IQ", 964, "0", "+9647912345678", "0791 234 5678"), iraq.numbering());
        assertEquals(212, morocco.numbering().countryCode());
        assertEquals("MA", morocco.numbering().region());
    }

    @Test
    void aForeignNumberWithCountryCodeIsKeptWhateverTheDefaultRegion() {
        assertEquals("+212612345678", iraq.normalise(IdentifierType.PHONE, "+212 6 12 34 56 78"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "not a phone", "12", "+964" })
    void impossibleNumbersAreRefused(String written) {
        assertThrows(UnrecognisedIdentifierException.class, () -> iraq.normalise(IdentifierType.PHONE, written));
    }

    @Test
    void handlesLoseTheirAtAndCase() {
        assertEquals("dark.rose_99", iraq.normalise(IdentifierType.ACCOUNT_HANDLE, " @Dark.Rose_99 "));
    }

    @Test
    void urlsAreCanonical() {
        assertEquals("https://instagram.com/dark.rose_99",
                iraq.normalise(IdentifierType.PROFILE_URL, "HTTP://www.Instagram.com/dark.rose_99/?igshid=abc#top"));
        assertEquals("https://facebook.com/profile.php?id=1000123",
                iraq.normalise(IdentifierType.PROFILE_URL, "m.facebook.com/profile.php?id=1000123&ref=share"));
    }

    @Test
    void emailsAreLowerCasedAndChecked() {
        assertEquals("x.y@mail.example", iraq.normalise(IdentifierType.EMAIL, " X.Y@Mail.Example "));
        assertThrows(UnrecognisedIdentifierException.class, () -> iraq.normalise(IdentifierType.EMAIL, "nobody"));
    }

    @Test
    void walletsKeepTheirCaseButLoseSpaces() {
        assertEquals("1BoatSLRHtKNngkdXEeobR76b53LETtpyT",
                iraq.normalise(IdentifierType.PAYMENT_WALLET, "1BoatSLRHt KNngkdXEeobR76b53LETtpyT"));
    }

    @Test
    void ipAddressesAreLiteralOnly() {
        assertEquals("10.1.2.3", iraq.normalise(IdentifierType.IP_ADDRESS, "١٠.1.2.3"));
        assertThrows(UnrecognisedIdentifierException.class,
                () -> iraq.normalise(IdentifierType.IP_ADDRESS, "example.com"));
        // host names made only of hex letters and dots would be looked up: refused by their shape
        for (String name : new String[] { "dead.beef", "cafe.babe.ad", "1.2.3", "256.1.1.1", "01.2.3.4" }) {
            assertThrows(UnrecognisedIdentifierException.class, () -> iraq.normalise(IdentifierType.IP_ADDRESS, name),
                    name);
        }
        assertEquals("2001:db8:0:0:0:0:0:1", iraq.normalise(IdentifierType.IP_ADDRESS, "2001:DB8::1"));
    }

    @Test
    void aValueThatGrowsPastItsColumnWhileNormalisedIsRefusedNotStoredOrCut() {
        // each "İ" lower-cases to "i" and a combining dot: 251 of them fit as written, not as stored
        UnrecognisedIdentifierException refused = assertThrows(UnrecognisedIdentifierException.class,
                () -> iraq.normalise(IdentifierType.ACCOUNT_HANDLE, "İ".repeat(251)));
        assertEquals("identifier.too-long", refused.getMessage());
        assertEquals(500, iraq.normalise(IdentifierType.ACCOUNT_HANDLE, "İ".repeat(250)).length());
    }
}
