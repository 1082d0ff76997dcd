package org.sanad.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class EnumLiteralsTest {

    enum Colour {
        RED, GREEN, BLUE
    }

    @Test
    void theConstantsAreQualifiedAndInTheEnumsOrder() {
        String prefix = Colour.class.getName() + ".";
        assertEquals("c.colour in (" + prefix + "RED, " + prefix + "BLUE)",
                EnumLiterals.in("c.colour", List.of(Colour.BLUE, Colour.RED, Colour.BLUE)));
        // equal sets give equal text: one cached plan per combination
        assertEquals(EnumLiterals.in("c.colour", Set.of(Colour.GREEN, Colour.RED)),
                EnumLiterals.in("c.colour", List.of(Colour.RED, Colour.GREEN)));
    }

    @Test
    void anEmptyFilterIsRefusedRatherThanWrittenAsAnEmptyList() {
        assertThrows(IllegalArgumentException.class, () -> EnumLiterals.in("c.colour", List.<Colour> of()));
    }
}
