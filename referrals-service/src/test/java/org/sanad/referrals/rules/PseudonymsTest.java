package org.sanad.referrals.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sanad.referrals.domain.VictimPseudonym;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PseudonymsTest {

    private final UUID first = UUID.randomUUID();
    private final UUID second = UUID.randomUUID();
    private final UUID third = UUID.randomUUID();

    @Test
    void victimsAreNumberedInTheCasesOrder() {
        assertEquals(List.of(new VictimPseudonym("VICTIM-1", first), new VictimPseudonym("VICTIM-2", second)),
                ReferralComposer.pseudonyms(List.of(first, second), List.of()));
    }

    @Test
    void aVictimKeepsTheirPseudonymAcrossVersionsAndANewOneNeverTakesAnOldNumber() {
        List<VictimPseudonym> earlier = List.of(new VictimPseudonym("VICTIM-1", first),
                new VictimPseudonym("VICTIM-2", second));
        assertEquals(List.of(new VictimPseudonym("VICTIM-3", third), new VictimPseudonym("VICTIM-2", second)),
                ReferralComposer.pseudonyms(List.of(third, second), earlier));
    }

    @Test
    void aNewVictimIsNumberedAfterTheHighestNumberNotAfterTheLastOneListed() {
        List<VictimPseudonym> earlier = List.of(new VictimPseudonym("VICTIM-10", first),
                new VictimPseudonym("VICTIM-9", second));
        assertEquals(List.of(new VictimPseudonym("VICTIM-10", first), new VictimPseudonym("VICTIM-11", third)),
                ReferralComposer.pseudonyms(List.of(first, third), earlier));
    }

    @Test
    void aCaseWithoutComplaintsHasNoVictims() {
        assertEquals(List.of(), ReferralComposer.pseudonyms(List.of(), List.of(new VictimPseudonym("VICTIM-1", first))));
    }

    @Property
    void everyComplaintOfTheCaseIsOneVictimInTheCasesOrder(@ForAll("complaints") List<UUID> before,
            @ForAll("complaints") List<UUID> now) {
        List<VictimPseudonym> victims = ReferralComposer.pseudonyms(now, ReferralComposer.pseudonyms(before, List.of()));
        assertEquals(now, victims.stream().map(VictimPseudonym::complaintId).toList());
    }

    @Property
    void noTwoVictimsOfAVersionShareAPseudonym(@ForAll("complaints") List<UUID> before,
            @ForAll("complaints") List<UUID> now) {
        List<VictimPseudonym> victims = ReferralComposer.pseudonyms(now, ReferralComposer.pseudonyms(before, List.of()));
        assertEquals(victims.size(), victims.stream().map(VictimPseudonym::pseudonym).distinct().count());
    }

    @Property
    void aVictimOfTheEarlierVersionKeepsTheirPseudonym(@ForAll("complaints") List<UUID> before,
            @ForAll("complaints") List<UUID> now) {
        List<VictimPseudonym> earlier = ReferralComposer.pseudonyms(before, List.of());
        Map<UUID, String> was = earlier.stream()
                .collect(Collectors.toMap(VictimPseudonym::complaintId, VictimPseudonym::pseudonym));
        for (VictimPseudonym victim : ReferralComposer.pseudonyms(now, earlier)) {
            if (was.containsKey(victim.complaintId())) {
                assertEquals(was.get(victim.complaintId()), victim.pseudonym());
            }
        }
    }

    @Property
    void aNewVictimNeverTakesANumberAnEarlierVictimHad(@ForAll("complaints") List<UUID> before,
            @ForAll("complaints") List<UUID> now) {
        List<VictimPseudonym> earlier = ReferralComposer.pseudonyms(before, List.of());
        int highest = earlier.stream().mapToInt(PseudonymsTest::number).max().orElse(0);
        for (VictimPseudonym victim : ReferralComposer.pseudonyms(now, earlier)) {
            if (!before.contains(victim.complaintId())) {
                assertTrue(number(victim) > highest, victim + " after " + earlier);
            }
        }
    }

    /** The complaints of a case at one version: distinct, drawn from a small pool so versions share some. */
    @Provide
    Arbitrary<List<UUID>> complaints() {
        return Arbitraries.integers().between(1, 30).map(n -> new UUID(0, n)).list().uniqueElements().ofMaxSize(12);
    }

    private static int number(VictimPseudonym victim) {
        assertTrue(victim.pseudonym().startsWith("VICTIM-"), victim.pseudonym());
        return Integer.parseInt(victim.pseudonym().substring("VICTIM-".length()));
    }
}
