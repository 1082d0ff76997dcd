package org.sanad.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanad.cases.Deliveries.TOKENS;
import static org.sanad.cases.Deliveries.deliverToCase;
import static org.sanad.cases.Deliveries.delivery;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
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
 * What officers write (timeline details, places and units, suspects' names, aliases and notes,
 * evidence descriptions and file names, custody locations and notes, a legal hold's reason) is in
 * the database only encrypted; the case list still finds a case by a word of its notes, through the
 * words' blind indexes.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(ComplaintsStub.class)
class NotesAtRestTest {

    private static final String GOVERNORATE = "IQ-MU";
    private static final String INVESTIGATOR = TOKENS.officer("investigator", GOVERNORATE);

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void noTableHoldsAnOfficersNoteInClearTextYetTheCaseIsFoundByAWordOfIt() throws SQLException {
        String marker = "marker" + UUID.randomUUID().toString().replace("-", "");
        String caseId = deliverToCase(delivery(GOVERNORATE, "0790 555 0101"));
        given().auth().oauth2(INVESTIGATOR).contentType(ContentType.JSON)
                .body(Map.of("type", "NOTE", "occurredAt", Instant.now().toString(),
                        "details", "المصدر " + marker + " أكّد مكان السكن")).when()
                .post("/cases/" + caseId + "/actions").then().statusCode(201);
        String suspectId = given().auth().oauth2(INVESTIGATOR).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Suspect " + marker, "aliases", List.of("alias" + marker),
                        "notes", "يعمل في " + marker)).when()
                .post("/cases/" + caseId + "/suspects").then().statusCode(201).extract().path("id");
        given().auth().oauth2(INVESTIGATOR).contentType(ContentType.JSON)
                .body(Map.of("type", "ARREST", "occurredAt", Instant.now().toString(), "suspectId", suspectId,
                        "place", "سوق " + marker, "unit", "unit " + marker)).when()
                .post("/cases/" + caseId + "/actions").then().statusCode(201);
        String itemId = given().auth().oauth2(INVESTIGATOR).contentType("text/plain")
                .queryParam("fileName", "chat " + marker + ".txt").queryParam("description", "محادثة " + marker)
                .body("محادثة".getBytes(StandardCharsets.UTF_8)).when().post("/cases/" + caseId + "/evidence/files")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(INVESTIGATOR).contentType(ContentType.JSON)
                .body(Map.of("action", "TRANSFERRED", "location", "lab " + marker, "note", "sealed bag " + marker))
                .when().post("/cases/" + caseId + "/evidence/" + itemId + "/custody").then().statusCode(201);
        given().auth().oauth2(TOKENS.officer("supervisor", GOVERNORATE)).contentType(ContentType.JSON)
                .body(Map.of("reason", "appeal " + marker)).when().put("/cases/" + caseId + "/legal-hold").then()
                .statusCode(200);

        assertEquals(List.of(), DatabaseScan.tablesHolding(jdbcUrl, marker));
        assertEquals(List.of(), DatabaseScan.tablesHolding(jdbcUrl, "مكان السكن"));

        given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + caseId + "/actions").then().statusCode(200)
                .body("items.details", hasItem("المصدر " + marker + " أكّد مكان السكن"));
        given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + caseId + "/suspects").then().statusCode(200)
                .body("items[0].notes", equalTo("يعمل في " + marker))
                .body("items[0].displayName", equalTo("Suspect " + marker))
                .body("items[0].aliases", equalTo(List.of("alias" + marker)));
        given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + caseId + "/actions").then().statusCode(200)
                .body("items.place", hasItem("سوق " + marker)).body("items.unit", hasItem("unit " + marker));
        given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + caseId + "/evidence/" + itemId).then().statusCode(200)
                .body("fileName", equalTo("chat " + marker + ".txt")).body("description", equalTo("محادثة " + marker));
        given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + caseId + "/evidence/" + itemId + "/custody").then()
                .statusCode(200).body("items.location", hasItem("lab " + marker))
                .body("items.note", hasItem("sealed bag " + marker));
        given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + caseId + "/legal-hold").then().statusCode(200)
                .body("reason", equalTo("appeal " + marker));

        // whole words, folded, in any order; a fragment of a word is not found in encrypted notes
        given().auth().oauth2(INVESTIGATOR).queryParam("q", marker).when().get("/cases").then()
                .statusCode(200).body("items.id", equalTo(List.of(caseId)));
        given().auth().oauth2(INVESTIGATOR).queryParam("q", "السكن اكد " + marker.toUpperCase()).when().get("/cases")
                .then().statusCode(200).body("items.id", equalTo(List.of(caseId)));
        given().auth().oauth2(INVESTIGATOR).queryParam("q", marker.substring(0, 12)).when().get("/cases").then()
                .statusCode(200).body("items", empty());
        given().auth().oauth2(INVESTIGATOR).queryParam("q", marker + " absent").when().get("/cases").then()
                .statusCode(200).body("items", empty());
        // another governorate's investigator does not find it
        given().auth().oauth2(TOKENS.officer("investigator", "IQ-BG")).queryParam("q", marker).when().get("/cases")
                .then().statusCode(200).body("items", empty());
    }
}
