package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;
import static org.sanad.complaints.Fixtures.fileAs;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanad.testing.Problems;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class StatisticsTest {

    @Test
    void supervisorsCountTheirGovernorate() {
        Map<String, Object> instagram = complaint("IQ-DQ");
        instagram.put("platforms", List.of("INSTAGRAM", "TELEGRAM"));
        instagram.put("threatTypes", List.of("LEAK_SECRETS", "CONTACT_LIST_THREAT"));
        fileAs("stats-filer", instagram);
        fileAs("stats-filer", complaint("IQ-DQ"));
        fileAs("stats-filer", complaint("IQ-MA"));
        String month = LocalDate.now(ZoneOffset.UTC).toString().substring(0, 7);

        given().auth().oauth2(TOKENS.officer("supervisor", "IQ-DQ")).when().get("/statistics/complaints").then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("byGovernorate.key", contains("IQ-DQ"))
                .body("byPlatform.find { it.key == 'INSTAGRAM' }.count", equalTo(1))
                .body("byPlatform.find { it.key == 'FACEBOOK' }.count", equalTo(1))
                .body("byThreatType.find { it.key == 'PUBLISH_INTIMATE_IMAGES' }.count", equalTo(1))
                .body("byMonth.key", contains(month))
                .body("byMonth[0].count", equalTo(2));

        given().auth().oauth2(TOKENS.officer("supervisor", "NATIONAL")).when().get("/statistics/complaints").then()
                .statusCode(200)
                .body("total", greaterThanOrEqualTo(3))
                .body("byGovernorate.key", hasItem("IQ-MA"));
    }

    @Test
    void theRangeIsChecked() {
        String supervisor = TOKENS.officer("supervisor", "IQ-DQ");
        given().auth().oauth2(supervisor).queryParam("from", "2020-01-01").queryParam("to", "2020-02-01")
                .when().get("/statistics/complaints").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(supervisor).queryParam("from", "2026-13-01")
                .when().get("/statistics/complaints").then().statusCode(400).body("errors.field", contains("from"));
        given().auth().oauth2(supervisor).queryParam("from", "2026-02-01").queryParam("to", "2026-01-01")
                .when().get("/statistics/complaints").then().statusCode(400).body("errors.field", contains("to"));
    }

    @Test
    void onlySupervisorsSeeStatistics() {
        for (String role : List.of("intake-officer", "investigator", "prosecutor", "auditor", "admin", "court-system")) {
            given().auth().oauth2(TOKENS.officer(role, "IQ-DQ")).when().get("/statistics/complaints").then()
                    .spec(Problems.forbidden());
        }
        given().auth().oauth2(TOKENS.citizen("stats-filer")).when().get("/statistics/complaints").then().spec(Problems.forbidden());
        given().when().get("/statistics/complaints").then().spec(Problems.unauthenticated());
    }
}
