package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanad.complaints.domain.Complaint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Input found to answer 500 (or to be taken) when the suite was tried as an attacker: now a 400 problem and no write. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class HostileInputTest {

    private static final String FILER = TOKENS.citizen("hostile-input");

    private static ValidatableResponse fileRaw(String body) {
        return given().auth().oauth2(FILER).contentType(ContentType.JSON).header("Accept-Language", "ar").body(body)
                .when().post("/complaints").then();
    }

    private static long complaints() {
        return QuarkusTransaction.requiringNew().call(() -> Complaint.count());
    }

    private static String json(Map<String, Object> body) {
        try {
            return new ObjectMapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aNulCharacterInAnyStringIsRefusedNotStored() {
        long before = complaints();
        Map<String, Object> nul = complaint("IQ-BG");
        nul.put("narrative", "before\u0000after");
        fileRaw(json(nul)).statusCode(400)
                .contentType("application/problem+json")
                .header("Content-Language", "ar")
                .body("type", startsWith("urn:sanad:problem:"));
        Map<String, Object> anonymous = complaint("IQ-BG");
        Fixtures.victimOf(anonymous).put("name", "زينب\u0000");
        given().contentType(ContentType.JSON).body(json(anonymous)).when().post("/anonymous-complaints").then()
                .statusCode(400);
        assertEquals(before, complaints());
    }

    @Test
    void aBodyFollowedByAnythingIsRefused() {
        long before = complaints();
        fileRaw(json(complaint("IQ-BG")) + "}]garbage").statusCode(400)
                .contentType("application/problem+json");
        fileRaw(json(complaint("IQ-BG")) + " {}").statusCode(400);
        assertEquals(before, complaints());
    }

    @Test
    void instantsOutsideWhatARecordCanCarryAreRefused() {
        long before = complaints();
        for (String deadline : new String[] { "\"+999999999-12-31T23:59:59Z\"", "\"9999-01-01T00:00:00Z\"",
                "\"-0001-01-01T00:00:00Z\"", "1e300", "0" }) {
            Map<String, Object> body = complaint("IQ-BG");
            String json = json(body).replaceFirst("^\\{", "{\"deadline\":" + deadline + ",");
            fileRaw(json).statusCode(400).body("errors[0].field", equalTo("deadline"));
        }
        assertEquals(before, complaints());
    }

    @Test
    void aDeadlineIsWithinAYearOfNowEitherWay() {
        long before = complaints();
        for (long days : new long[] { 400, -400 }) {
            Map<String, Object> body = complaint("IQ-BG");
            body.put("deadline", Instant.now().plus(days, ChronoUnit.DAYS).toString());
            fileRaw(json(body)).statusCode(400)
                    .body("errors[0].field", equalTo("deadline"))
                    .body("errors[0].message", matchesPattern("\\p{IsArabic}.*"));
        }
        assertEquals(before, complaints());
        Map<String, Object> body = complaint("IQ-BG");
        body.put("deadline", Instant.now().plus(2, ChronoUnit.DAYS).toString());
        fileRaw(json(body)).statusCode(201);
    }

    @Test
    void aJsonBodyLargerThanAComplaintCanBeIsRefusedBeforeItIsParsed() {
        long before = complaints();
        Map<String, Object> body = complaint("IQ-BG");
        body.put("narrative", "ي".repeat(600_000));
        fileRaw(json(body)).statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:sanad:problem:payload-too-large"));
        assertEquals(before, complaints());
    }

    @Test
    void aValueThatNormalisesLongerThanItsColumnIsRefusedWithItsFieldNotByTheDatabase() {
        long before = complaints();
        Map<String, Object> body = complaint("IQ-BG");
        // "İ" lower-cases to two characters: 400 of them become 800, past the 500 the column holds
        body.put("identifiers", List.of(Map.of("type", "ACCOUNT_HANDLE", "value", "İ".repeat(400))));
        fileRaw(json(body)).statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:sanad:problem:validation"))
                .body("errors.find { it.field == 'identifiers[0].value' }.message",
                        equalTo("هذا المعرّف أطول من 500 حرف بعد كتابته بصيغته الموحّدة."));
        assertEquals(before, complaints());
    }

    @Test
    void everyFieldMessageIsArabicUnderAcceptLanguageAr() {
        Map<String, Object> body = complaint("IQ-BG");
        body.put("demand", Map.of("types", List.of("MONEY"), "money", Map.of("amount", 0, "currency", "IQD")));
        fileRaw(json(body)).statusCode(400)
                .body("errors.find { it.field == 'demand.money.amount' }.message", equalTo("يجب أن تكون القيمة أكبر من 0"));
    }

    @Test
    void aNulCharacterInThePathOrQueryIsRefused() {
        given().urlEncodingEnabled(false).when().get("/tracking/IQ-2026%00").then().log().ifValidationFails()
                .statusCode(400).contentType("application/problem+json");
        given().urlEncodingEnabled(false).auth().oauth2(TOKENS.officer("intake-officer", "IQ-BG")).when().get("/complaints?governorate=IQ%00BG")
                .then().statusCode(400).body("type", equalTo("urn:sanad:problem:malformed-request"));
    }
}
