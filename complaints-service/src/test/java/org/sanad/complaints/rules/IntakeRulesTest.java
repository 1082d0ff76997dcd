package org.sanad.complaints.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.sanad.kernel.identifiers.IdentifierNormaliser;
import org.sanad.kernel.identifiers.IdentifierType;
import org.sanad.kernel.jurisdiction.Jurisdiction;
import org.sanad.core.problem.Problem.FieldViolation;
import org.sanad.core.problem.FieldViolations;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;
import org.sanad.complaints.api.DemandInput;
import org.sanad.complaints.api.IdentifierInput;
import org.sanad.complaints.api.MoneyInput;
import org.sanad.complaints.api.NewComplaint;
import org.sanad.complaints.api.VictimInput;
import org.sanad.complaints.client.ComplaintDelivery;
import org.sanad.complaints.domain.AgeBand;
import org.sanad.complaints.domain.BlackmailerIdentifier;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.DemandType;
import org.sanad.complaints.domain.Gender;
import org.sanad.complaints.domain.Platform;
import org.sanad.complaints.domain.ReporterRelation;
import org.sanad.complaints.domain.ThreatType;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class IntakeRulesTest {

    /** Two governorates of Iraq, phones read as Iraqi. */
    private static final Jurisdiction JURISDICTION = new Jurisdiction() {
        @Override
        public String code() {
            return "IQ";
        }

        @Override
        public List<String> regions() {
            return List.of("IQ-BG", "IQ-BA");
        }

        @Override
        public String phoneRegion() {
            return "IQ";
        }

        @Override
        public String trackingPrefix() {
            return "IQ";
        }

        @Override
        public List<String> languages() {
            return List.of("ar", "ckb", "en");
        }

        @Override
        public String defaultLanguage() {
            return "ar";
        }

        @Override
        public String currency() {
            return "IQD";
        }
    };

    private final IntakeRules rules = new IntakeRules(JURISDICTION, new IdentifierNormaliser("IQ"));

    private static VictimInput victim(AgeBand ageBand, boolean minor, String phone) {
        return new VictimInput("Victim", phone, ageBand, minor, Gender.FEMALE, false);
    }

    private static NewComplaint complaint(String governorate, VictimInput victim, List<IdentifierInput> identifiers,
            DemandInput demand, MoneyInput amountPaid) {
        return new NewComplaint(ReporterRelation.SELF, victim, governorate, Set.of(Platform.WHATSAPP), identifiers, null,
                Set.of(ThreatType.PUBLISH_INTIMATE_IMAGES), demand, null, amountPaid, "They threatened me.", false,
                null);
    }

    private static NewComplaint valid() {
        return complaint("IQ-BG", victim(AgeBand.FROM_25_TO_35, false, null), null, null, null);
    }

    private static MoneyInput money(String currency) {
        return new MoneyInput(new BigDecimal("500"), currency);
    }

    private static List<FieldViolation> violationsOf(NewComplaint complaint, IntakeRules rules) {
        ProblemException problem = assertThrows(ProblemException.class, () -> rules.check(complaint));
        assertEquals(ProblemType.VALIDATION, problem.type());
        return problem.violations();
    }

    @Test
    void aFilingThatBreaksNoRulePassesWithNothingNormalised() {
        IntakeRules.Normalised normalised = rules.check(valid());

        assertNull(normalised.victimPhone());
        assertEquals(List.of(), normalised.identifiers());
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(textBlock = """
            0770 123 4567,        +9647701234567
            +964 770 123 4567,    +9647701234567
            07701234567,          +9647701234567
            ٠٧٧٠١٢٣٤٥٦٧,          +9647701234567
            """)
    void theVictimsPhoneIsNormalisedToE164(String written, String e164) {
        NewComplaint complaint = complaint("IQ-BG", victim(AgeBand.FROM_25_TO_35, false, written), null, null, null);

        assertEquals(e164, rules.check(complaint).victimPhone());
    }

    @Test
    void aBlankPhoneIsNoPhone() {
        NewComplaint complaint = complaint("IQ-BG", victim(AgeBand.FROM_25_TO_35, false, "   "), null, null, null);

        assertNull(rules.check(complaint).victimPhone());
    }

    @Test
    void aPhoneThatIsNoPhoneIsRefusedAtTheVictimsContact() {
        NewComplaint complaint = complaint("IQ-BG", victim(AgeBand.FROM_25_TO_35, false, "12"), null, null, null);

        assertEquals(List.of(new FieldViolation("victim.contactPhone", "identifier.phone.invalid")),
                violationsOf(complaint, rules));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            IQ-BG, true
            IQ-BA, true
            IQ-NI, false
            iq-bg, false
            '',    false
            """)
    void onlyAGovernorateOfTheJurisdictionIsAccepted(String governorate, boolean accepted) {
        NewComplaint complaint = complaint(governorate, victim(AgeBand.FROM_25_TO_35, false, null), null, null, null);

        if (accepted) {
            assertDoesNotThrow(() -> rules.check(complaint));
        } else {
            assertEquals(List.of(new FieldViolation("governorate", "intake.governorate.unknown")),
                    violationsOf(complaint, rules));
        }
    }

    @ParameterizedTest(name = "{0}, minor {1}: consistent {2}")
    @CsvSource(textBlock = """
            UNDER_15,      true,  true
            UNDER_15,      false, false
            FROM_15_TO_17, true,  true
            FROM_15_TO_17, false, false
            FROM_18_TO_24, false, true
            FROM_18_TO_24, true,  true
            UNKNOWN,       false, true
            UNKNOWN,       true,  true
            """)
    void aVictimInAMinorsAgeBandMustBeMarkedMinor(AgeBand ageBand, boolean minor, boolean consistent) {
        NewComplaint complaint = complaint("IQ-BG", victim(ageBand, minor, null), null, null, null);

        if (consistent) {
            assertDoesNotThrow(() -> rules.check(complaint));
        } else {
            assertEquals(List.of(new FieldViolation("victim.minor", "intake.victim.minor.inconsistent")),
                    violationsOf(complaint, rules));
        }
    }

    static Stream<Arguments> demands() {
        return Stream.of(
                Arguments.of(new DemandInput(Set.of(DemandType.MONEY), null, null), null, List.of(
                        new FieldViolation("demand.money", "intake.demand.money.required"))),
                Arguments.of(new DemandInput(Set.of(DemandType.MONEY), money("IQD"), null), null, List.of()),
                Arguments.of(new DemandInput(Set.of(DemandType.MEETING), null, null), null, List.of()),
                Arguments.of(new DemandInput(Set.of(DemandType.MONEY), money("QQQ"), null), null, List.of(
                        new FieldViolation("demand.money.currency", "intake.currency.unknown"))),
                Arguments.of(null, money("USD"), List.of()),
                Arguments.of(null, money("QQQ"), List.of(
                        new FieldViolation("amountPaid.currency", "intake.currency.unknown"))),
                Arguments.of(new DemandInput(Set.of(DemandType.MONEY, DemandType.MORE_IMAGES), null, null),
                        money("QQQ"), List.of(new FieldViolation("demand.money", "intake.demand.money.required"),
                                new FieldViolation("amountPaid.currency", "intake.currency.unknown"))));
    }

    @ParameterizedTest
    @MethodSource("demands")
    void aMoneyDemandNeedsItsAmountAndEveryAmountAKnownCurrency(DemandInput demand, MoneyInput amountPaid,
            List<FieldViolation> expected) {
        NewComplaint complaint = complaint("IQ-BG", victim(AgeBand.FROM_25_TO_35, false, null), null, demand,
                amountPaid);

        if (expected.isEmpty()) {
            assertDoesNotThrow(() -> rules.check(complaint));
        } else {
            assertEquals(expected, violationsOf(complaint, rules));
        }
    }

    @Test
    void everyBrokenRuleIsReportedInTheSameAnswer() {
        NewComplaint complaint = complaint("XX-00", victim(AgeBand.UNDER_15, false, "not a phone"),
                List.of(new IdentifierInput(IdentifierType.ACCOUNT_HANDLE, "@someone"),
                        new IdentifierInput(IdentifierType.EMAIL, "nobody-at-nowhere")),
                new DemandInput(Set.of(DemandType.MONEY), null, null), money("QQQ"));

        assertEquals(List.of(
                new FieldViolation("governorate", "intake.governorate.unknown"),
                new FieldViolation("victim.minor", "intake.victim.minor.inconsistent"),
                new FieldViolation("victim.contactPhone", "identifier.phone.invalid"),
                new FieldViolation("demand.money", "intake.demand.money.required"),
                new FieldViolation("amountPaid.currency", "intake.currency.unknown"),
                new FieldViolation("identifiers[1].value", "identifier.email.invalid")), violationsOf(complaint, rules));
    }

    @Test
    void theIdentifiersAreNormalisedInTheirOrder() {
        NewComplaint complaint = complaint("IQ-BG", victim(AgeBand.FROM_25_TO_35, false, null), List.of(
                new IdentifierInput(IdentifierType.PHONE, "0770 123 4567"),
                new IdentifierInput(IdentifierType.ACCOUNT_HANDLE, "@Blackmailer_99"),
                new IdentifierInput(IdentifierType.EMAIL, "Someone@Example.COM"),
                new IdentifierInput(IdentifierType.PROFILE_URL, "www.facebook.com/some.one/?ref=xyz")), null, null);

        assertEquals(List.of("+9647701234567", "blackmailer_99", "someone@example.com",
                "https://facebook.com/some.one"), rules.check(complaint).identifiers());
    }

    @Test
    void noIdentifiersNormaliseToNone() {
        assertEquals(List.of(), rules.checkIdentifiers(new FieldViolations(), null));
        assertEquals(List.of(), rules.checkIdentifiers(new FieldViolations(), List.of()));
    }

    @Test
    void anUnrecognisedIdentifierIsNamedByItsPlaceInTheList() {
        FieldViolations violations = new FieldViolations();

        List<String> values = rules.checkIdentifiers(violations, List.of(
                new IdentifierInput(IdentifierType.ACCOUNT_HANDLE, "someone"),
                new IdentifierInput(IdentifierType.IP_ADDRESS, "dead.beef"),
                new IdentifierInput(IdentifierType.PHONE, "   ")));

        assertEquals(Arrays.asList("someone", null, null), values);
        ProblemException problem = assertThrows(ProblemException.class, violations::throwIfAny);
        assertEquals(List.of(new FieldViolation("identifiers[1].value", "identifier.ip.invalid"),
                new FieldViolation("identifiers[2].value", "identifier.empty")), problem.violations());
    }

    private static Complaint withIdentifiers(int count) {
        Complaint complaint = new Complaint();
        complaint.identifiers = new ArrayList<>(Collections.nCopies(count, new BlackmailerIdentifier()));
        return complaint;
    }

    private static List<IdentifierInput> handles(int count) {
        return Collections.nCopies(count, new IdentifierInput(IdentifierType.ACCOUNT_HANDLE, "someone"));
    }

    @ParameterizedTest(name = "{0} held, {1} added: room {2}")
    @CsvSource(textBlock = """
              0, 100, true
              0, 101, false
             99,   1, true
             99,   2, false
            100,   0, true
            100,   1, false
            """)
    void aComplaintHoldsNoMoreIdentifiersThanCasesServiceTakes(int held, int added, boolean room) {
        Complaint complaint = withIdentifiers(held);

        if (room) {
            assertDoesNotThrow(() -> rules.checkIdentifierRoom(complaint, handles(added)));
        } else {
            ProblemException problem = assertThrows(ProblemException.class,
                    () -> rules.checkIdentifierRoom(complaint, handles(added)));
            assertEquals(ProblemType.LIMIT_REACHED, problem.type());
            assertEquals("complaint.identifiers.too-many", problem.messageKey());
        }
    }

    @Test
    void addingNoIdentifiersAlwaysFits() {
        assertDoesNotThrow(() -> rules.checkIdentifierRoom(withIdentifiers(ComplaintDelivery.MAX_IDENTIFIERS + 5), null));
    }

    @Provide
    Arbitrary<IdentifierInput> writtenIdentifiers() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .withCharRange('0', '9').ofMinLength(1).ofMaxLength(20);
        Arbitrary<IdentifierInput> handle = word.map(w -> new IdentifierInput(IdentifierType.ACCOUNT_HANDLE, "@" + w));
        Arbitrary<IdentifierInput> email = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .ofMinLength(1).ofMaxLength(10).tuple3()
                .map(t -> new IdentifierInput(IdentifierType.EMAIL, t.get1() + "@" + t.get2() + "." + t.get3()));
        Arbitrary<IdentifierInput> phone = Arbitraries.strings().numeric().ofLength(8)
                .map(digits -> new IdentifierInput(IdentifierType.PHONE, "0770 " + digits));
        return Arbitraries.oneOf(handle, email, phone);
    }

    @Property
    void identifiersAlreadyNormalisedComeBackTheSame(
            @ForAll @Size(max = 10) List<@From("writtenIdentifiers") IdentifierInput> written) {
        List<String> once = rules.checkIdentifiers(new FieldViolations(), written);
        List<IdentifierInput> normalised = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            normalised.add(new IdentifierInput(written.get(i).type(), once.get(i)));
        }

        assertEquals(once, rules.checkIdentifiers(new FieldViolations(), normalised));
        assertEquals(written.size(), once.size());
    }
}
