package org.sanad.complaints.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Labels come from one file per language, with no fallback: a gap is named, never filled with another language. */
class ReferenceLabelsTest {

    @Test
    void aLabelIsGivenInEachLanguageInTheirOrder() {
        ReferenceLabels labels = new ReferenceLabels(List.of("ar", "ckb", "en"));

        assertEquals(Map.of("ar", "بغداد", "ckb", "بەغدا", "en", "Baghdad"), labels.of("region.IQ-BG"));
        assertEquals(List.of("ar", "ckb", "en"), List.copyOf(labels.of("enum.Priority.HIGH").keySet()));
        assertEquals(List.of(), labels.missing());
    }

    @Test
    void aLabelMissingInOneLanguageIsNamedAndNotReplaced() {
        ReferenceLabels labels = new ReferenceLabels(List.of("ar", "ckb", "fr"));

        assertEquals(Map.of("ar", "الدار البيضاء - سطات", "fr", "Casablanca-Settat"), labels.of("region.MA-06"));
        assertEquals(Map.of(), labels.of("enum.Priority.URGENT"));
        assertEquals(List.of("ckb: region.MA-06", "ar: enum.Priority.URGENT", "ckb: enum.Priority.URGENT",
                "fr: enum.Priority.URGENT"), labels.missing());
    }

    @Test
    void aLanguageWithoutItsFileIsNamed() {
        ReferenceLabels labels = new ReferenceLabels(List.of("ar", "tzm"));

        assertEquals(Map.of("ar", "العربية"), labels.of("language.name"));
        assertEquals(List.of("tzm: the file messages/labels_tzm.properties", "tzm: language.name"), labels.missing());
    }
}
