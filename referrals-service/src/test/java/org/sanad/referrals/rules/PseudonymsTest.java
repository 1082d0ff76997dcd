package org.sanad.referrals.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sanad.referrals.domain.VictimPseudonym;

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
}
