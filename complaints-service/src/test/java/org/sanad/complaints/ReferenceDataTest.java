package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanad.complaints.Fixtures.TOKENS;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.sanad.complaints.config.IntakeConfig;
import org.sanad.kernel.security.Roles;
import org.sanad.testing.Problems;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

/** GET /reference-data under the default jurisdiction, Iraq: public, complete in Arabic, Kurdish and English, cacheable. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class ReferenceDataTest {

    private static final List<String> IRAQ_LANGUAGES = List.of("ar", "ckb", "en");

    private static Response readWith(String token) {
        return given().auth().oauth2(token).when().get("/reference-data");
    }

    @Test
    void anyoneReadsTheSameDocumentWithoutATokenOrWithAnyValidOne() {
        Response anonymous = given().when().get("/reference-data");
        anonymous.then().statusCode(200);
        for (String token : List.of(TOKENS.citizen("citizen-reference"), TOKENS.officer(Roles.INTAKE_OFFICER, "IQ-BG"),
                TOKENS.officer(Roles.SUPERVISOR, "IQ-NI"), TOKENS.service("cases-service"), TOKENS.court("IQ-BG-PMC"))) {
            Response read = readWith(token);
            read.then().statusCode(200).header("ETag", equalTo(anonymous.header("ETag")));
            assertArrayEquals(anonymous.asByteArray(), read.asByteArray());
        }
    }

    @Test
    void anExpiredForgedOrForeignTokenIsIgnoredAsOnTheAnonymousRoutes() {
        Response anonymous = given().when().get("/reference-data");
        for (String token : List.of(TOKENS.expiredCitizen("stale-phone"), "not-a-token",
                TOKENS.forAudience("citizen-elsewhere", "cases-service", Roles.CITIZEN))) {
            readWith(token).then().statusCode(200).header("ETag", equalTo(anonymous.header("ETag")));
        }
    }

    @Test
    void onlyGetIsAnswered() {
        given().auth().oauth2(TOKENS.officer(Roles.SUPERVISOR, "IQ-BG")).contentType("application/json").body("{}")
                .when().post("/reference-data").then().spec(Problems.of(405, "method-not-allowed"));
    }

    @Test
    void iraqIsServedInArabicKurdishAndEnglishWithItsGovernoratesPhoneAndDinar() throws IOException {
        JsonNode document = ReferenceDocuments.read();

        assertEquals("IQ", document.path("jurisdiction").asText());
        assertEquals("ar", document.path("defaultLanguage").asText());
        assertEquals(IRAQ_LANGUAGES, ReferenceDocuments.languageCodes(document));
        assertEquals("کوردی", document.path("languages").get(1).path("name").asText());
        List<String> regions = new ArrayList<>();
        document.path("regions").forEach(region -> {
            regions.add(region.path("code").asText());
            assertEquals(IRAQ_LANGUAGES, List.copyOf(ReferenceDocuments.texts(region.path("names")).keySet()), region.toString());
        });
        assertEquals(List.of("IQ-BG", "IQ-BA", "IQ-NI", "IQ-AR", "IQ-SU", "IQ-DA", "IQ-KI", "IQ-AN", "IQ-BB", "IQ-KA", "IQ-NA",
                "IQ-WA", "IQ-DI", "IQ-SD", "IQ-MA", "IQ-DQ", "IQ-MU", "IQ-QA"), regions);
        assertEquals(Map.of("ar", "أربيل", "ckb", "هەولێر", "en", "Erbil"),
                ReferenceDocuments.texts(document.path("regions").get(3).path("names")));
        assertEquals("IQD", document.path("currency").asText());
        assertEquals("IQ", document.path("phone").path("region").asText());
        assertEquals(964, document.path("phone").path("countryCode").asInt());
        assertEquals("0", document.path("phone").path("nationalPrefix").asText());
    }

    @Test
    void everyEnumOfTheContractIsLabelledInArabicKurdishAndEnglish() throws IOException {
        JsonNode document = ReferenceDocuments.read();

        ReferenceDocuments.assertEveryContractEnumIsLabelled(document, IRAQ_LANGUAGES);
        JsonNode statuses = document.path("enums").path("ComplaintStatus");
        assertEquals("SUBMITTED", statuses.get(0).path("value").asText());
        assertEquals("قيد المراجعة", statuses.get(1).path("labels").path("ar").asText());
        assertEquals("Under review", statuses.get(1).path("labels").path("en").asText());
    }

    @Test
    void thePhoneExampleIsANumberAComplaintAccepts() throws IOException {
        JsonNode phone = ReferenceDocuments.read().path("phone");
        Map<String, Object> body = Fixtures.complaint("IQ-BG");
        Fixtures.victimOf(body).put("contactPhone", phone.path("exampleNational").asText());
        body.put("identifiers", List.of(Map.of("type", "PHONE", "value", phone.path("exampleNational").asText())));
        String id = Fixtures.fileAs("citizen-reference-phone", body);

        given().auth().oauth2(TOKENS.officer(Roles.INTAKE_OFFICER, "IQ-BG")).when().get("/complaints/" + id).then()
                .statusCode(200).body("identifiers[0].normalisedValue", equalTo(phone.path("example").asText()));
    }

    @Test
    void theUploadLimitsAreTheConfigurationThatEnforcesThem() throws IOException {
        JsonNode evidence = ReferenceDocuments.read().path("evidence");
        var config = ConfigProvider.getConfig();

        // the test profile sets intake.evidence.max-bytes to 1 MiB, not IntakeConfig's 25 MiB
        assertEquals(1048576L, config.getValue("intake.evidence.max-bytes", Long.class));
        assertEquals(1048576L, evidence.path("maxFileBytes").asLong());
        assertEquals(524288000L, evidence.path("maxBytesPerComplaint").asLong());
        assertEquals(200, evidence.path("maxFilesPerComplaint").asInt());
        List<String> types = new ArrayList<>();
        evidence.path("allowedMediaTypes").forEach(type -> types.add(type.asText()));
        assertEquals(Stream.of(IntakeConfig.EvidenceRules.DEFAULT_ALLOWED_CONTENT_TYPES.split(",")).sorted().toList(), types);
        assertEquals(1073741824L, evidence.path("anonymousBytesPerSource").asLong());
        assertEquals("PT24H", evidence.path("anonymousBytesPeriod").asText());
    }

    @Test
    void iraqsHelpLinesAreTheConfiguredOnesLabelledInArabicKurdishAndEnglishTheEmergencyLineForSelfHarm() throws IOException {
        JsonNode lines = ReferenceDocuments.read().path("helpLines");

        List<String> numbers = new ArrayList<>();
        lines.forEach(line -> {
            numbers.add(line.path("number").asText());
            assertEquals(IRAQ_LANGUAGES, List.copyOf(ReferenceDocuments.texts(line.path("labels")).keySet()), line.toString());
        });
        assertEquals(List.of("911", "497", "131"), numbers);
        assertEquals("EMERGENCY", lines.get(0).path("kind").asText());
        assertEquals(true, lines.get(0).path("forSelfHarm").asBoolean());
        assertEquals(Map.of("ar", "الشرطة المجتمعية", "ckb", "پۆلیسی کۆمەڵگا", "en", "Community police"),
                ReferenceDocuments.texts(lines.get(1).path("labels")));
        assertEquals(true, lines.get(1).path("alwaysOpen").asBoolean());
        assertEquals(false, lines.get(2).path("forSelfHarm").asBoolean());
        assertEquals(true, lines.get(2).path("hours").isNull());
    }

    @Test
    void theDocumentIsCachedAnHourPubliclyAndAnsweredNotModifiedWhileItsETagHolds() {
        Response first = given().when().get("/reference-data");
        String etag = first.header("ETag");
        first.then().statusCode(200).header("Cache-Control", equalTo("public, max-age=3600")).header("Vary", nullValue());

        for (String held : List.of(etag, "W/" + etag, "\"other\", " + etag, "*")) {
            given().header("If-None-Match", held).when().get("/reference-data").then()
                    .statusCode(304).header("ETag", equalTo(etag)).header("Cache-Control", equalTo("public, max-age=3600"))
                    .body(emptyString());
        }
        for (String other : List.of("\"other\"", etag.replace("\"", ""), "W/", ",,,", "\"\u00e9\"")) {
            given().header("If-None-Match", other).when().get("/reference-data").then()
                    .statusCode(200).header("ETag", equalTo(etag)).body(not(emptyString()));
        }
    }

    @Test
    void theDocumentDoesNotDependOnTheLanguageAsked() {
        Response english = given().header("Accept-Language", "en").when().get("/reference-data");
        Response arabic = given().header("Accept-Language", "ar").when().get("/reference-data");
        Response kurdish = given().header("Accept-Language", "ckb, ar;q=0.5").when().get("/reference-data");

        assertArrayEquals(english.asByteArray(), arabic.asByteArray());
        assertArrayEquals(english.asByteArray(), kurdish.asByteArray());
        assertEquals(english.header("ETag"), kurdish.header("ETag"));
    }
}
