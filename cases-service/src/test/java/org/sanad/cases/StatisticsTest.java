package org.sanad.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.sanad.cases.Deliveries.TOKENS;
import static org.sanad.cases.Deliveries.deliverToCase;
import static org.sanad.cases.Deliveries.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanad.testing.Problems;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Supervisors' counts of cases and arrests. The cases are opened in March and April 2021 (their
 * opening moved back after delivery) in Salah ad-Din, which no other test uses, so the counts are exact.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(ComplaintsStub.class)
class StatisticsTest {

    private static final String GOVERNORATE = "IQ-SD";
    private static final String SUPERVISOR = TOKENS.officer("supervisor", GOVERNORATE);
    private static boolean opened;
    private static int phones;

    @BeforeEach
    void openCases() {
        if (opened) {
            return;
        }
        // 10 and 2 days from opening to the first arrest: a median of 6
        String tenDays = openedOn(GOVERNORATE, "2021-03-05T08:00:00Z");
        arrest(GOVERNORATE, tenDays, "2021-03-15T08:00:00Z");
        arrest(GOVERNORATE, tenDays, "2021-04-20T08:00:00Z");
        String twoDays = openedOn(GOVERNORATE, "2021-03-20T12:00:00Z");
        arrest(GOVERNORATE, twoDays, "2021-03-22T12:00:00Z");
        openedOn(GOVERNORATE, "2021-04-02T23:30:00Z");
        String baghdad = openedOn("IQ-BG", "2021-03-10T08:00:00Z");
        arrest("IQ-BG", baghdad, "2021-03-11T08:00:00Z");
        opened = true;
    }

    @Test
    void aSupervisorCountsTheCasesOpenedAndTheArrestsMadeInTheirGovernorate() {
        statistics(SUPERVISOR, "2021-03-01", "2021-05-01").statusCode(200)
                .body("from", equalTo("2021-03-01T00:00:00Z"))
                .body("to", equalTo("2021-05-01T00:00:00Z"))
                .body("opened", equalTo(3))
                .body("openedByMonth.key", contains("2021-03", "2021-04"))
                .body("openedByMonth.count", contains(2, 1))
                .body("openedByGovernorate.key", contains(GOVERNORATE))
                .body("openedByStatus.find { it.key == 'ARREST_MADE' }.count", equalTo(2))
                .body("openedByStatus.find { it.key == 'OPEN' }.count", equalTo(1))
                .body("arrests", equalTo(3))
                .body("arrestsByMonth.key", contains("2021-03", "2021-04"))
                .body("arrestsByMonth.count", contains(2, 1))
                .body("arrestsByGovernorate.key", contains(GOVERNORATE))
                .body("medianDaysToFirstArrest", equalTo(6.0f));
        // [from, to): an arrest of April counts in April, the cases opened in March do not
        statistics(SUPERVISOR, "2021-04-01", "2021-05-01").statusCode(200)
                .body("opened", equalTo(1))
                .body("arrests", equalTo(1))
                .body("medianDaysToFirstArrest", nullValue());
        statistics(SUPERVISOR, "2021-03-01", "2021-03-06").statusCode(200)
                .body("opened", equalTo(1))
                .body("arrests", equalTo(0))
                .body("arrestsByMonth", equalTo(List.of()));
    }

    @Test
    void aSupervisorOfAnotherGovernorateCountsNoneOfThemANationalOneCountsAll() {
        statistics(TOKENS.officer("supervisor", "IQ-BA"), "2021-03-01", "2021-05-01").statusCode(200)
                .body("opened", equalTo(0))
                .body("arrests", equalTo(0))
                .body("openedByGovernorate", equalTo(List.of()))
                .body("medianDaysToFirstArrest", nullValue());
        statistics(TOKENS.officer("supervisor", "IQ-BG"), "2021-03-01", "2021-05-01").statusCode(200)
                .body("openedByGovernorate.key", contains("IQ-BG"))
                .body("arrestsByGovernorate.key", contains("IQ-BG"));
        statistics(TOKENS.officer("supervisor", "NATIONAL"), "2021-03-01", "2021-05-01").statusCode(200)
                .body("openedByGovernorate.find { it.key == 'IQ-SD' }.count", equalTo(3))
                .body("openedByGovernorate.key", hasItem("IQ-BG"))
                .body("arrestsByGovernorate.find { it.key == 'IQ-SD' }.count", equalTo(3));
    }

    @Test
    void withoutARangeTheLastYearIsCounted() {
        deliverToCase(delivery(GOVERNORATE, "0772 800 0009"));
        statistics(SUPERVISOR, null, null).statusCode(200)
                .body("openedByStatus.find { it.key == 'OPEN' }.count", equalTo(1))
                .body("openedByMonth.key", contains(Instant.now().toString().substring(0, 7)));
    }

    @Test
    void theRangeIsChecked() {
        statistics(SUPERVISOR, "2026-13-01", null).spec(Problems.of(400, "validation"))
                .body("errors.field", contains("from"));
        statistics(SUPERVISOR, "2021-05-01", "2021-03-01").spec(Problems.of(400, "validation"))
                .body("errors.field", contains("to"));
        given().auth().oauth2(SUPERVISOR).header("Accept-Language", "ar").queryParam("from", "2021-03-01")
                .queryParam("to", "2021-03-01").when().get("/statistics/cases").then().spec(Problems.of(400, "validation"))
                .body("errors[0].message", equalTo("يجب أن تأتي نهاية المدة بعد بدايتها."));
    }

    @Test
    void onlySupervisorsSeeStatistics() {
        for (String role : List.of("intake-officer", "investigator", "prosecutor", "auditor", "admin", "court-system")) {
            given().auth().oauth2(TOKENS.officer(role, GOVERNORATE)).when().get("/statistics/cases").then()
                    .spec(Problems.forbidden());
        }
        given().auth().oauth2(TOKENS.citizen("stats-citizen")).when().get("/statistics/cases").then().spec(Problems.forbidden());
        given().when().get("/statistics/cases").then().spec(Problems.unauthenticated());
    }

    private static ValidatableResponse statistics(String token, String from, String to) {
        var request = given().auth().oauth2(token);
        if (from != null) {
            request.queryParam("from", from);
        }
        if (to != null) {
            request.queryParam("to", to);
        }
        return request.when().get("/statistics/cases").then();
    }

    /** A case delivered now, then moved back to {@code at}, as if opened then. */
    private static String openedOn(String governorate, String at) {
        String caseId = deliverToCase(delivery(governorate, "0772 810 " + String.format("%04d", ++phones)));
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager()
                .createNativeQuery("update investigation_case set created_at = :at where id = :id")
                .setParameter("at", Instant.parse(at)).setParameter("id", UUID.fromString(caseId)).executeUpdate());
        return caseId;
    }

    private static void arrest(String governorate, String caseId, String at) {
        String investigator = TOKENS.officer("investigator", governorate);
        String suspectId = given().auth().oauth2(investigator).contentType(ContentType.JSON)
                .body(Map.of("displayName", "س. ع.", "aliases", List.of("stats_suspect")))
                .when().post("/cases/" + caseId + "/suspects").then().statusCode(201).extract().path("id");
        given().auth().oauth2(investigator).contentType(ContentType.JSON)
                .body(Map.of("type", "ARREST", "occurredAt", at, "place", "Tikrit", "unit", "Cybercrime unit",
                        "suspectId", suspectId))
                .when().post("/cases/" + caseId + "/actions").then().statusCode(201);
    }
}
