package org.sanad.referrals.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanad.referrals.api.Court;
import org.sanad.referrals.api.Statute;

import com.fasterxml.jackson.databind.ObjectMapper;

class CatalogueTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Court PMC = new Court("PMC", "Central Court", "المحكمة المركزية", List.of("*"), "Asia/Baghdad");
    private static final Court BAGHDAD = new Court("BG-INV", "Baghdad Investigation Court", "محكمة تحقيق بغداد",
            List.of("IQ-BG"), "Asia/Baghdad");
    private static final Statute FRAUD = new Statute("PC-456", "Penal Code", "قانون العقوبات", "456", "Fraud", "الاحتيال",
            "official gazette");

    @ParameterizedTest
    @ValueSource(strings = { "catalogue/iq.json", "catalogue/ma.json" })
    void everyCourtAndStatuteOfAShippedCatalogueIsFoundByItsOwnCode(String location) {
        Catalogue catalogue = new Catalogue(location, JSON);
        assertFalse(catalogue.courts().isEmpty());
        assertFalse(catalogue.statutes().isEmpty());
        for (Court court : catalogue.courts()) {
            assertEquals(court, catalogue.court(court.code()).orElseThrow(), court.code());
            assertEquals(court.nameEn(), catalogue.courtName(court.code()));
        }
        for (Statute statute : catalogue.statutes()) {
            assertEquals(statute, catalogue.statute(statute.code()).orElseThrow(), statute.code());
        }
    }

    @ParameterizedTest
    @CsvSource({
            "catalogue/iq.json, IQ-PMC,    IQ-PC-430",
            "catalogue/ma.json, MA-01-TPI, MA-PC-538" })
    void aShippedCatalogueKnowsItsOwnCodesAndNotTheOtherCountrys(String location, String court, String statute) {
        Catalogue catalogue = new Catalogue(location, JSON);
        Catalogue other = new Catalogue(location.endsWith("iq.json") ? "catalogue/ma.json" : "catalogue/iq.json", JSON);
        assertTrue(catalogue.court(court).isPresent());
        assertTrue(catalogue.statute(statute).isPresent());
        assertTrue(other.court(court).isEmpty());
        assertTrue(other.statute(statute).isEmpty());
    }

    @Test
    void aCourtNoLongerListedIsNamedByItsCode() {
        Catalogue catalogue = new Catalogue("test", new Catalogue.Data("XX", "Asia/Baghdad", List.of(PMC), List.of(FRAUD)));
        assertEquals("Central Court", catalogue.courtName("PMC"));
        assertEquals("GONE-1", catalogue.courtName("GONE-1"));
        assertTrue(catalogue.court("GONE-1").isEmpty());
    }

    @Test
    void codesAreMatchedExactly() {
        Catalogue catalogue = new Catalogue("test", new Catalogue.Data("XX", "Asia/Baghdad", List.of(PMC, BAGHDAD), List.of(FRAUD)));
        assertTrue(catalogue.court("pmc").isEmpty());
        assertTrue(catalogue.court(" PMC").isEmpty());
        assertTrue(catalogue.statute("PC-45").isEmpty());
        assertTrue(catalogue.statute(null).isEmpty());
    }

    @Test
    void theListsKeepTheFilesOrderAndCannotBeChangedByACaller() {
        Catalogue catalogue = new Catalogue("test", new Catalogue.Data("XX", "Asia/Baghdad", List.of(BAGHDAD, PMC), List.of(FRAUD)));
        assertEquals(List.of(BAGHDAD, PMC), catalogue.courts());
        assertThrows(UnsupportedOperationException.class, () -> catalogue.courts().add(PMC));
        assertThrows(UnsupportedOperationException.class, () -> catalogue.statutes().clear());
    }

    @Test
    void aCatalogueIsReadFromAFileAndWhatItSaysForPeopleIsIgnored(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("catalogue.json");
        Files.writeString(file, """
                {"jurisdiction": "XX", "about": "for people", "timeZone": "Asia/Baghdad", "courts": [
                  {"code": "ONLY", "nameEn": "The Only Court", "nameAr": "المحكمة الوحيدة", "governorates": ["*"], "note": "ignored"}],
                 "statutes": [{"code": "S-1", "law": "Law", "lawAr": "قانون", "article": "1", "titleEn": "One",
                   "titleAr": "واحد", "source": "gazette"}]}
                """);
        Catalogue catalogue = new Catalogue(file.toString(), JSON);
        assertEquals(List.of("ONLY"), catalogue.courts().stream().map(Court::code).toList());
        assertEquals("The Only Court", catalogue.courtName("ONLY"));
    }

    @Test
    void aCatalogueThatDoesNotReadStopsTheServiceNamingWhere() {
        UncheckedIOException refused = assertThrows(UncheckedIOException.class,
                () -> new Catalogue("catalogue/nowhere.json", JSON));
        assertEquals("referrals.catalogue catalogue/nowhere.json cannot be read", refused.getMessage());
    }

    @Test
    void aCatalogueThatIsNotJsonStopsTheService(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("broken.json"), "{\"courts\": [");
        assertThrows(UncheckedIOException.class, () -> new Catalogue(file.toString(), JSON));
    }

    @ParameterizedTest
    @CsvSource({ "true, false", "false, true", "true, true" })
    void aCatalogueWithoutCourtsOrWithoutStatutesStopsTheService(boolean noCourts, boolean noStatutes) {
        Catalogue.Data data = new Catalogue.Data("XX", "Asia/Baghdad", noCourts ? List.of() : List.of(PMC),
                noStatutes ? List.of() : List.of(FRAUD));
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> new Catalogue("empty.json", data));
        assertEquals("referrals.catalogue empty.json lists no courts or statutes", refused.getMessage());
    }

    @Test
    void aCatalogueWhoseListsAreMissingAltogetherStopsTheService() {
        assertThrows(IllegalStateException.class, () -> new Catalogue("test", new Catalogue.Data("XX", "Asia/Baghdad", null, List.of(FRAUD))));
        assertThrows(IllegalStateException.class, () -> new Catalogue("test", new Catalogue.Data("XX", "Asia/Baghdad", List.of(PMC), null)));
    }

    @Test
    void aCatalogueThatRepeatsACodeStopsTheService() {
        Court again = new Court("PMC", "Another Court", "محكمة أخرى", List.of("IQ-BG"), "Asia/Baghdad");
        assertThrows(IllegalStateException.class,
                () -> new Catalogue("test", new Catalogue.Data("XX", "Asia/Baghdad", List.of(PMC, again), List.of(FRAUD))));
        assertThrows(IllegalStateException.class,
                () -> new Catalogue("test", new Catalogue.Data("XX", "Asia/Baghdad", List.of(PMC), List.of(FRAUD, FRAUD))));
    }

    @Test
    void aCourtWithoutAZoneOfItsOwnTakesTheCataloguesAndOneWithItKeepsIt() {
        Court noZone = new Court("NZ", "No Zone Court", "محكمة بلا منطقة", List.of("*"), null);
        Court casablanca = new Court("CAS", "Casablanca Court", "المحكمة الابتدائية بالدار البيضاء", List.of("MA-06"), "Africa/Casablanca");
        Catalogue catalogue = new Catalogue("test", new Catalogue.Data("XX", "Asia/Baghdad", List.of(noZone, casablanca), List.of(FRAUD)));
        assertEquals("Asia/Baghdad", catalogue.court("NZ").orElseThrow().timeZone());
        assertEquals("Africa/Casablanca", catalogue.court("CAS").orElseThrow().timeZone());
        assertEquals("Asia/Baghdad", catalogue.defaultTimeZone().getId());
    }

    @ParameterizedTest
    @ValueSource(strings = { "catalogue/iq.json", "catalogue/ma.json" })
    void everyCourtOfAShippedCatalogueHasAZone(String location) {
        for (Court court : new Catalogue(location, JSON).courts()) {
            assertEquals(court.timeZone(), ZoneId.of(court.timeZone()).getId(), court.code());
        }
    }

    @Test
    void aCatalogueWithoutAZoneOrWithAnUnknownOneStopsTheServiceNamingWhose() {
        IllegalStateException none = assertThrows(IllegalStateException.class,
                () -> new Catalogue("test", new Catalogue.Data("XX", null, List.of(PMC), List.of(FRAUD))));
        assertEquals("referrals.catalogue test: the catalogue names no timeZone", none.getMessage());
        Court mars = new Court("MARS", "Mars Court", "محكمة المريخ", List.of("*"), "Mars/Olympus");
        IllegalStateException unknown = assertThrows(IllegalStateException.class,
                () -> new Catalogue("test", new Catalogue.Data("XX", "Asia/Baghdad", List.of(mars), List.of(FRAUD))));
        assertEquals("referrals.catalogue test: court MARS names an unknown timeZone Mars/Olympus", unknown.getMessage());
    }
}
