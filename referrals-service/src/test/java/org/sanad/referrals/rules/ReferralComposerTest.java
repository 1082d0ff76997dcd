package org.sanad.referrals.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sanad.core.problem.Problem;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;
import org.sanad.referrals.api.Court;
import org.sanad.referrals.api.ReferralInput;
import org.sanad.referrals.api.ReferralInput.DefendantInput;
import org.sanad.referrals.api.Statute;
import org.sanad.referrals.client.ReferralBasis;
import org.sanad.referrals.domain.Defendant;
import org.sanad.referrals.domain.ManifestItem;
import org.sanad.referrals.domain.ReferralVersion;
import org.sanad.referrals.domain.VictimPseudonym;

class ReferralComposerTest {

    private static final String GOVERNORATE = "IQ-BG";
    private static final Court CENTRAL = new Court("PMC", "Central Court", "المحكمة المركزية", List.of("*"), "Asia/Baghdad");
    private static final Court BAGHDAD = new Court("BG-INV", "Baghdad Court", "محكمة بغداد", List.of(GOVERNORATE), "Asia/Baghdad");
    private static final Court BASRA = new Court("BA-INV", "Basra Court", "محكمة البصرة", List.of("IQ-BA"), "Asia/Baghdad");
    private static final Statute FRAUD = new Statute("PC-456", "Penal Code", "قانون العقوبات", "456", "Fraud",
            "الاحتيال", "gazette");
    private static final Statute THREATS = new Statute("PC-430", "Penal Code", "قانون العقوبات", "430", "Threats",
            "التهديد", "gazette");

    private static final UUID SUSPECT = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID OTHER_SUSPECT = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID STRANGER = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    private static final UUID ITEM = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
    private static final UUID OTHER_ITEM = UUID.fromString("00000000-0000-0000-0000-0000000000e2");
    private static final UUID COMPLAINT = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    private static final Instant ARRESTED = Instant.parse("2026-10-01T08:00:00Z");

    private static final ReferralBasis BASIS = new ReferralBasis(UUID.randomUUID(), "CASE-2026-000001", GOVERNORATE,
            "OPEN",
            List.of(new ReferralBasis.Suspect(SUSPECT, "Dark Rose", List.of("dark.rose_99"),
                    List.of(new ReferralBasis.Arrest(ARRESTED, "Karrada", "Cybercrime unit"))),
                    new ReferralBasis.Suspect(OTHER_SUSPECT, "Blue Fox", List.of(), List.of())),
            List.of(new ReferralBasis.Item(ITEM, "SCREENSHOT", "Threat message", "image/png", 2048L,
                    "aa".repeat(32), ARRESTED, new ReferralBasis.Custody(3, 2, true, "HASH_CHECKED", ARRESTED)),
                    new ReferralBasis.Item(OTHER_ITEM, "DOCUMENT", "Bank record", "application/pdf", null,
                            "bb".repeat(32), ARRESTED, null)),
            List.of(COMPLAINT));

    private final ReferralComposer composer = new ReferralComposer(
            new Catalogue("test", new Catalogue.Data("IQ", "Asia/Baghdad", List.of(CENTRAL, BAGHDAD, BASRA), List.of(FRAUD, THREATS))));

    private static ReferralInput input(String court, List<DefendantInput> defendants, List<UUID> items) {
        return new ReferralInput(null, court, "  The facts.\n", defendants, items);
    }

    private static DefendantInput defendant(UUID suspect, String... charges) {
        return new DefendantInput(suspect, List.of(charges));
    }

    @Test
    void aReferralTakesTheCourtTheSuspectsChargedAndTheStatutesTheyAreChargedUnder() {
        ReferralVersion version = new ReferralVersion();
        composer.compose(version, input("BG-INV", List.of(defendant(SUSPECT, "PC-456", "PC-430")), List.of(ITEM)),
                BASIS, List.of());

        assertEquals("BG-INV", version.courtCode);
        assertEquals("The facts.", version.summary);
        Defendant defendant = version.defendants().get(0);
        assertEquals(1, version.defendants().size());
        assertEquals(SUSPECT, defendant.suspectId());
        assertEquals("Dark Rose", defendant.name());
        assertEquals(List.of(new Defendant.Arrest(ARRESTED, "Karrada", "Cybercrime unit")), defendant.arrests());
        assertEquals(List.of(new Defendant.Charge("PC-456", "Penal Code", "456", "Fraud", "الاحتيال"),
                new Defendant.Charge("PC-430", "Penal Code", "430", "Threats", "التهديد")), defendant.charges());
        assertEquals(List.of(ITEM), version.evidence().stream().map(ManifestItem::itemId).toList());
        assertEquals(List.of(new VictimPseudonym("VICTIM-1", COMPLAINT)), version.victims);
    }

    @Test
    void theManifestCarriesEachItemsHashAndCustodyAsTheCaseRecordedThem() {
        ReferralVersion version = new ReferralVersion();
        composer.compose(version, input("PMC", List.of(defendant(SUSPECT, "PC-456")), null), BASIS, List.of());

        ManifestItem screenshot = version.evidence().get(0);
        assertEquals(new ManifestItem(ITEM, "SCREENSHOT", "Threat message", "item-1.png", "image/png", 2048L,
                "aa".repeat(32), new ManifestItem.Custody(3, 2, true, "HASH_CHECKED", ARRESTED)), screenshot);
        assertNull(version.evidence().get(1).custody(), "an item without a custody summary has none in the manifest");
    }

    @Test
    void withoutAChoiceOfEvidenceAllTheCasesItemsAreListedInTheCasesOrder() {
        ReferralVersion version = new ReferralVersion();
        composer.compose(version, input("PMC", List.of(defendant(SUSPECT, "PC-456")), null), BASIS, List.of());
        assertEquals(List.of(ITEM, OTHER_ITEM), version.evidence().stream().map(ManifestItem::itemId).toList());
    }

    @Test
    void anEmptyChoiceOfEvidenceListsNone() {
        ReferralVersion version = new ReferralVersion();
        composer.compose(version, input("PMC", List.of(defendant(SUSPECT, "PC-456")), List.of()), BASIS, List.of());
        assertEquals(List.of(), version.evidence());
    }

    @Test
    void anItemOrAChargeChosenTwiceIsListedOnce() {
        ReferralVersion version = new ReferralVersion();
        composer.compose(version, input("PMC", List.of(defendant(SUSPECT, "PC-456", "PC-456")),
                List.of(OTHER_ITEM, ITEM, OTHER_ITEM)), BASIS, List.of());
        assertEquals(List.of(OTHER_ITEM, ITEM), version.evidence().stream().map(ManifestItem::itemId).toList());
        assertEquals(List.of("PC-456"), version.defendants().get(0).charges().stream().map(Defendant.Charge::statuteCode).toList());
    }

    @Test
    void defendantsKeepThePrecedenceTheProsecutorGaveThem() {
        ReferralVersion version = new ReferralVersion();
        composer.compose(version, input("PMC", List.of(defendant(OTHER_SUSPECT, "PC-430"), defendant(SUSPECT, "PC-456")),
                null), BASIS, List.of());
        assertEquals(List.of(OTHER_SUSPECT, SUSPECT), version.defendants().stream().map(Defendant::suspectId).toList());
    }

    @Test
    void victimsKeepThePseudonymsOfTheEarlierVersion() {
        ReferralVersion version = new ReferralVersion();
        List<VictimPseudonym> earlier = List.of(new VictimPseudonym("VICTIM-4", COMPLAINT));
        composer.compose(version, input("PMC", List.of(defendant(SUSPECT, "PC-456")), null), BASIS, earlier);
        assertEquals(earlier, version.victims);
    }

    static Stream<Arguments> refusedChoices() {
        return Stream.of(
                Arguments.of("a court not in the catalogue", input("NOWHERE", List.of(defendant(SUSPECT, "PC-456")), null),
                        List.of(new Problem.FieldViolation("courtCode", "referral.court.unknown"))),
                Arguments.of("a court of another governorate", input("BA-INV", List.of(defendant(SUSPECT, "PC-456")), null),
                        List.of(new Problem.FieldViolation("courtCode", "referral.court.outside-governorate"))),
                Arguments.of("someone who is not a suspect of the case",
                        input("PMC", List.of(defendant(SUSPECT, "PC-456"), defendant(STRANGER, "PC-456")), null),
                        List.of(new Problem.FieldViolation("defendants[1].suspectId", "referral.defendant.not-a-suspect"))),
                Arguments.of("the same suspect twice",
                        input("PMC", List.of(defendant(SUSPECT, "PC-456"), defendant(SUSPECT, "PC-430")), null),
                        List.of(new Problem.FieldViolation("defendants[1].suspectId", "referral.defendant.repeated"))),
                Arguments.of("a statute not in the catalogue",
                        input("PMC", List.of(defendant(SUSPECT, "PC-456", "PC-999")), null),
                        List.of(new Problem.FieldViolation("defendants[0].charges[1]", "referral.charge.unknown"))),
                Arguments.of("evidence of another case",
                        input("PMC", List.of(defendant(SUSPECT, "PC-456")), List.of(ITEM, UUID.randomUUID())),
                        List.of(new Problem.FieldViolation("evidenceItemIds[1]", "referral.evidence.not-of-case"))),
                Arguments.of("everything wrong at once",
                        input("NOWHERE", List.of(defendant(STRANGER, "PC-999")), List.of(UUID.randomUUID())),
                        List.of(new Problem.FieldViolation("courtCode", "referral.court.unknown"),
                                new Problem.FieldViolation("defendants[0].suspectId", "referral.defendant.not-a-suspect"),
                                new Problem.FieldViolation("defendants[0].charges[0]", "referral.charge.unknown"),
                                new Problem.FieldViolation("evidenceItemIds[0]", "referral.evidence.not-of-case"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedChoices")
    void aChoiceTheCaseOrTheCatalogueDoesNotAllowIsRefusedAtItsFieldAndTheVersionIsLeftAlone(String what,
            ReferralInput input, List<Problem.FieldViolation> expected) {
        ReferralVersion version = new ReferralVersion();
        ProblemException refused = assertThrows(ProblemException.class,
                () -> composer.compose(version, input, BASIS, List.of()));
        assertEquals(ProblemType.VALIDATION, refused.type());
        assertEquals(expected, refused.violations());
        assertNull(version.courtCode);
        assertNull(version.summary);
        assertNull(version.victims);
    }
}
