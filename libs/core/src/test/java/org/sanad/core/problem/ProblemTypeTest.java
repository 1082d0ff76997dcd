package org.sanad.core.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ProblemTypeTest {

    @Test
    void httpStatusesMapToTheirProblemTypes() {
        assertEquals(ProblemType.MALFORMED_REQUEST, ProblemType.ofStatus(400));
        assertEquals(ProblemType.NOT_FOUND, ProblemType.ofStatus(404));
        assertEquals(ProblemType.METHOD_NOT_ALLOWED, ProblemType.ofStatus(405));
        assertEquals(ProblemType.NOT_ACCEPTABLE, ProblemType.ofStatus(406));
        assertEquals(ProblemType.PAYLOAD_TOO_LARGE, ProblemType.ofStatus(413));
        assertEquals(ProblemType.UNSUPPORTED_MEDIA_TYPE, ProblemType.ofStatus(415));
        assertEquals(ProblemType.INTERNAL, ProblemType.ofStatus(599));
        assertEquals(ProblemType.MALFORMED_REQUEST, ProblemType.ofStatus(418));
    }

    @Test
    void everyTypeHasItsOwnUriAndATitleInBothLanguages() {
        Set<String> uris = new HashSet<>();
        for (ProblemType type : ProblemType.values()) {
            assertEquals(true, uris.add(type.uri().toString()), "duplicate type " + type.uri());
            for (Locale locale : new Locale[] { Locale.ENGLISH, Messages.ARABIC }) {
                String title = Messages.text(locale, type.titleKey());
                assertEquals(false, title.equals(type.titleKey()), type + " has no title in " + locale);
                String detail = Messages.text(locale, type.detailKey());
                assertEquals(false, detail.equals(type.detailKey()), type + " has no detail in " + locale);
            }
        }
    }

    @Test
    void arabicIsChosenWhenTheClientPrefersIt() {
        assertEquals(Messages.ARABIC, Messages.choose(java.util.List.of(Locale.forLanguageTag("ar-IQ"), Locale.ENGLISH)));
        assertEquals(Locale.ENGLISH, Messages.choose(java.util.List.of(Locale.FRENCH, Locale.forLanguageTag("en-GB"))));
        assertEquals(Locale.ENGLISH, Messages.choose(java.util.List.of()));
    }
}
