package org.sanad.referrals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanad.referrals.Referrals.GOVERNORATE;
import static org.sanad.referrals.Referrals.PMC;
import static org.sanad.referrals.Referrals.PROSECUTOR;
import static org.sanad.referrals.Referrals.TOKENS;
import static org.sanad.referrals.Referrals.reply;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sanad.testing.DatabaseScan;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/**
 * What a prosecutor and a court write (a version's summary, the defendants' names, aliases and
 * arrests, the evidence's descriptions, the court's replies, a court's reason for an identity
 * request) and the feed's snapshots of it are in the database only encrypted, and read back clear.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SuiteStub.class)
class CourtTextAtRestTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void noTableHoldsWhatAProsecutorOrACourtWroteInClearTextYetEveryoneReadsItBack() throws SQLException {
        String marker = "marker" + UUID.randomUUID().toString().replace("-", "");
        Referrals.StubbedCase stubbed = Referrals.stubCase(GOVERNORATE);
        Referrals.stubBasis(stubbed, GOVERNORATE, List.of(Map.of("id", stubbed.itemId(), "kind", "SCREENSHOT",
                "description", "لقطة " + marker, "contentType", "image/png", "sizeBytes", stubbed.bytes().length,
                "sha256", stubbed.sha256(), "registeredAt", Instant.parse("2026-11-18T10:00:00Z"),
                "custody", Map.of("entries", 1, "hashChecks", 1, "allChecksMatched", true, "lastAction", "VERIFIED",
                        "lastAt", Instant.parse("2026-11-19T10:00:00Z")))),
                Map.of("id", stubbed.suspectId(), "displayName", "name " + marker, "aliases", List.of("alias" + marker),
                        "arrests", List.of(Map.of("at", Instant.parse("2026-11-20T21:00:00Z"), "place", "place " + marker,
                                "unit", "unit " + marker))));
        Map<String, Object> draft = stubbed.draft(PMC);
        draft.put("summary", "هدد المتهم الضحية " + marker);
        String id = Referrals.draft(PROSECUTOR, draft).statusCode(201).extract().path("id");
        Referrals.submit(id).statusCode(200);
        reply(PMC, id, "receipt", Map.of("version", 1)).statusCode(200);
        reply(PMC, id, "review", Map.of("version", 1, "outcome", "ACCEPTED")).statusCode(200);
        reply(PMC, id, "hearings", Map.of("version", 1, "scheduledFor", Instant.now().plusSeconds(86_400).toString(),
                "chamber", "chamber " + marker, "note", "note " + marker)).statusCode(200);
        reply(PMC, id, "decision", Map.of("version", 1, "decidedOn", LocalDate.now(ZoneOffset.UTC).toString(),
                "verdicts", List.of(Map.of("suspectId", stubbed.suspectId().toString(), "statuteCode", "IQ-PC-430",
                        "outcome", "CONVICTED", "sentence", "sentence " + marker)), "note", "ruling " + marker))
                .statusCode(200);
        Referrals.stubDisclosures(stubbed);
        given().auth().oauth2(TOKENS.court(PMC)).contentType(ContentType.JSON)
                .body(Map.of("reason", "summoned " + marker)).when()
                .post("/court/referrals/" + id + "/victims/VICTIM-1/identity").then().statusCode(200);

        assertEquals(List.of(), DatabaseScan.tablesHolding(jdbcUrl, marker));

        given().auth().oauth2(PROSECUTOR).when().get("/referrals/" + id).then().statusCode(200)
                .body("summary", equalTo("هدد المتهم الضحية " + marker))
                .body("defendants[0].name", equalTo("name " + marker))
                .body("defendants[0].aliases", equalTo(List.of("alias" + marker)))
                .body("defendants[0].arrests[0].place", equalTo("place " + marker))
                .body("evidence[0].description", equalTo("لقطة " + marker))
                .body("progress.hearings[0].reply.chamber", equalTo("chamber " + marker))
                .body("progress.decision.reply.note", equalTo("ruling " + marker));
        given().auth().oauth2(TOKENS.court(PMC)).when().get("/court/feed").then().statusCode(200)
                .body("items.find { it.referral.id == '" + id + "' && it.change == 'DECIDED' }.referral.summary",
                        containsString(marker));
        given().auth().oauth2(PROSECUTOR).when().get("/referrals/" + id + "/identity-requests").then().statusCode(200)
                .body("[0].reason", equalTo("summoned " + marker));
    }
}
