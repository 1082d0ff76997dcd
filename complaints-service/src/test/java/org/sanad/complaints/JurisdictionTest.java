package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.matchesPattern;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * Another country is configuration: the same code files, normalises and reads a Moroccan complaint,
 * and serves Morocco's reference data.
 */
@QuarkusTest
@TestProfile(MoroccoProfile.class)
@WithTestResource(io.quarkus.test.oidc.server.OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class JurisdictionTest {

    private static final String CASABLANCA = "MA-06";

    private static Map<String, Object> moroccanComplaint() {
        Map<String, Object> body = complaint(CASABLANCA);
        Fixtures.victimOf(body).put("contactPhone", "06 12 34 56 78");
        body.put("identifiers", List.of(Map.of("type", "PHONE", "value", "٠٦٦١٢٣٤٥٦٧")));
        body.put("demand", Map.of("types", List.of("MONEY"), "money", Map.of("amount", 5000, "currency", "MAD")));
        return body;
    }

    @Test
    void aComplaintIsFiledNormalisedAndReadUnderMoroccosConfiguration() {
        String id = Fixtures.fileAs("citizen-casablanca", moroccanComplaint());
        given().auth().oauth2(TOKENS.officer("intake-officer", CASABLANCA)).when().get("/complaints/" + id).then()
                .statusCode(200)
                .body("governorate", equalTo(CASABLANCA))
                .body("trackingNumber", matchesPattern("MA-\\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"))
                .body("identifiers[0].normalisedValue", equalTo("+212661234567"))
                .body("demand.money.currency", equalTo("MAD"));
        given().auth().oauth2(TOKENS.officer("intake-officer", CASABLANCA)).when().get("/complaints")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(id));
    }

    @Test
    void theReferenceDataIsMoroccosInArabicFrenchAndEnglish() throws java.io.IOException {
        com.fasterxml.jackson.databind.JsonNode document = ReferenceDocuments.read();

        assertEquals("MA", document.path("jurisdiction").asText());
        assertEquals(List.of("ar", "fr", "en"), ReferenceDocuments.languageCodes(document));
        assertEquals("MAD", document.path("currency").asText());
        assertEquals("MA", document.path("phone").path("region").asText());
        assertEquals(212, document.path("phone").path("countryCode").asInt());
        assertEquals(12, document.path("regions").size());
        com.fasterxml.jackson.databind.JsonNode casablanca = document.path("regions").get(5);
        assertEquals(CASABLANCA, casablanca.path("code").asText());
        assertEquals(Map.of("ar", "الدار البيضاء - سطات", "fr", "Casablanca-Settat", "en", "Casablanca-Settat"),
                ReferenceDocuments.texts(casablanca.path("names")));
        ReferenceDocuments.assertEveryContractEnumIsLabelled(document, List.of("ar", "fr", "en"));
        assertEquals("Rejetée", document.path("enums").path("ComplaintStatus").get(5).path("labels").path("fr").asText());
    }

    @Test
    void moroccosHelpLinesAreServedInArabicFrenchAndEnglishTheSamuFirstForSelfHarm() throws java.io.IOException {
        com.fasterxml.jackson.databind.JsonNode lines = ReferenceDocuments.read().path("helpLines");

        List<String> numbers = new java.util.ArrayList<>();
        List<String> forSelfHarm = new java.util.ArrayList<>();
        lines.forEach(line -> {
            numbers.add(line.path("number").asText());
            if (line.path("forSelfHarm").asBoolean()) {
                forSelfHarm.add(line.path("id").asText());
            }
            assertEquals(List.of("ar", "fr", "en"), List.copyOf(ReferenceDocuments.texts(line.path("labels")).keySet()),
                    line.toString());
        });
        assertEquals(List.of("19", "177", "141", "8350"), numbers);
        assertEquals(List.of("samu"), forSelfHarm);
        assertEquals("Gendarmerie royale", lines.get(1).path("labels").path("fr").asText());
        assertEquals("WOMEN_SUPPORT", lines.get(3).path("kind").asText());
    }

    @Test
    void anIraqiGovernorateIsNotARegionHere() {
        given().auth().oauth2(TOKENS.citizen("citizen-casablanca")).contentType(ContentType.JSON)
                .body(complaint("IQ-BG")).when().post("/complaints").then()
                .statusCode(400)
                .body("type", equalTo("urn:sanad:problem:validation"))
                .body("errors.field", org.hamcrest.Matchers.hasItem("governorate"));
    }

    @Test
    void anonymousFilersGetAMoroccanTrackingNumber() {
        given().contentType(ContentType.JSON).body(moroccanComplaint()).when().post("/anonymous-complaints").then()
                .statusCode(201)
                .body("trackingNumber", matchesPattern("MA-\\d{4}-.*"));
    }
}
