package org.sanad.complaints.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sanad.complaints.api.ReferenceData;
import org.sanad.complaints.domain.HelpLineKind;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Help lines are configuration, complete in the jurisdiction's languages, or the service does not start. */
class HelpLinesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    private HelpLines file(String content) throws IOException {
        Path file = directory.resolve("help-lines.json");
        Files.writeString(file, content);
        return HelpLines.read(file.toString(), JSON);
    }

    private static String line(String id, String number, String labels, boolean forSelfHarm) {
        return """
                {"id": "%s", "kind": "POLICE", "number": "%s", "labels": %s, "alwaysOpen": true, "forSelfHarm": %s,
                 "source": "a test"}""".formatted(id, number, labels, forSelfHarm);
    }

    private static String document(String jurisdiction, String... lines) {
        return """
                {"jurisdiction": "%s", "about": "a test", "helpLines": [%s]}""".formatted(jurisdiction, String.join(",", lines));
    }

    private static final String MOROCCAN_LABELS = """
            {"ar": "الشرطة", "fr": "Police", "en": "Police"}""";

    @ParameterizedTest
    @CsvSource({ "help-lines/iq.json, IQ, ar;ckb;en", "help-lines/ma.json, MA, ar;fr;en" })
    void theShippedHelpLinesAreCompleteInTheirJurisdictionsLanguagesWithALineForSelfHarm(String location, String code,
            String languages) {
        List<String> gaps = new ArrayList<>();
        List<ReferenceData.HelpLine> lines = HelpLines.read(location, JSON).in(code, List.of(languages.split(";")), gaps);

        assertEquals(List.of(), gaps);
        assertTrue(lines.stream().anyMatch(ReferenceData.HelpLine::forSelfHarm), location);
        for (ReferenceData.HelpLine line : lines) {
            assertEquals(List.of(languages.split(";")), List.copyOf(line.labels().keySet()), line.id());
        }
    }

    @Test
    void iraqsLinesAreTheEmergencyLineTheCommunityPoliceAndNationalSecurity() {
        List<ReferenceData.HelpLine> lines = HelpLines.read("help-lines/iq.json", JSON).in("IQ", List.of("ar", "ckb", "en"),
                new ArrayList<>());

        assertEquals(List.of("911", "497", "131"), lines.stream().map(ReferenceData.HelpLine::number).toList());
        assertEquals(List.of(HelpLineKind.EMERGENCY, HelpLineKind.POLICE, HelpLineKind.CYBERCRIME),
                lines.stream().map(ReferenceData.HelpLine::kind).toList());
        assertEquals(Map.of("ar", "الشرطة المجتمعية", "ckb", "پۆلیسی کۆمەڵگا", "en", "Community police"), lines.get(1).labels());
    }

    @Test
    void aLineWithoutItsLabelInOneOfTheLanguagesIsAGapNamingTheLanguageAndTheLine() throws IOException {
        HelpLines lines = file(document("MA", line("police", "19", """
                {"ar": "الشرطة", "en": "Police", "ckb": "پۆلیس"}""", true)));
        List<String> gaps = new ArrayList<>();

        List<ReferenceData.HelpLine> served = lines.in("MA", List.of("ar", "fr", "en"), gaps);

        assertEquals(List.of("fr: help line police label"), gaps);
        assertEquals(List.of("ar", "en"), List.copyOf(served.get(0).labels().keySet()), "a language not served is left out");
    }

    @Test
    void hoursGivenAreGivenInEveryLanguageToo() throws IOException {
        String withHours = line("police", "19", MOROCCAN_LABELS, true).replace("\"alwaysOpen\": true",
                "\"alwaysOpen\": false, \"hours\": {\"ar\": \"من 8 إلى 18\", \"en\": \"8:00 to 18:00\"}");
        List<String> gaps = new ArrayList<>();

        file(document("MA", withHours)).in("MA", List.of("ar", "fr", "en"), gaps);

        assertEquals(List.of("fr: help line police hours"), gaps);
    }

    @Test
    void anotherCountrysLinesANumberNoPhoneDialsARepeatedIdAndNoLineForSelfHarmAreGaps() throws IOException {
        HelpLines lines = file(document("IQ", line("police", "19", MOROCCAN_LABELS, false),
                line("police", "call 19", MOROCCAN_LABELS, false), line("Gendarmerie", "+212 5 37", MOROCCAN_LABELS, false)));
        List<String> gaps = new ArrayList<>();

        lines.in("MA", List.of("ar", "fr", "en"), gaps);

        String file = "intake.help-lines " + directory.resolve("help-lines.json");
        assertEquals(List.of(file + " is for IQ, not MA",
                file + " has no line forSelfHarm, to show first when a victim signals a risk of harming themselves",
                file + ": help line police has no id of lower-case words and hyphens, or one another line has",
                "help line police has no number a phone dials (digits, an optional leading +, single spaces)",
                file + ": help line Gendarmerie has no id of lower-case words and hyphens, or one another line has"), gaps);
    }

    @Test
    void aFileThatDoesNotReadOrMisspellsAFieldStopsTheStart() throws IOException {
        assertThrows(UncheckedIOException.class, () -> HelpLines.read("help-lines/xx.json", JSON));
        assertThrows(UncheckedIOException.class, () -> file(document("MA",
                line("police", "19", MOROCCAN_LABELS, true).replace("forSelfHarm", "forSelfharm"))));
    }
}
