package org.sanad.officers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanad.officers.OfficerFixtures.TOKENS;
import static org.sanad.officers.OfficerFixtures.actAs;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanad.audit.AuditEntry;
import org.sanad.testing.Problems;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** /officers: supervisors only, of the governorate they serve (or the one a national unit names). */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class OfficersResourceTest {

    private static final String SUPERVISOR = TOKENS.officer("supervisor", "IQ-KA");

    /** Officers known to the directory (an unchanged officer is not written again). */
    @BeforeEach
    void officersHaveActed() {
        actAs(TOKENS.namedOfficer("investigator-zainab", "Zainab", "FEMALE", "investigator", "IQ-KA"));
        actAs(TOKENS.namedOfficer("investigator-ali", "Ali", "MALE", "investigator", "IQ-KA"));
        actAs(TOKENS.namedOfficer("intake-huda", "Huda", "FEMALE", "intake-officer", "IQ-KA"));
        actAs(TOKENS.namedOfficer("investigator-omar", "Omar", "MALE", "investigator", "IQ-BA"));
    }

    @Test
    void aSupervisorListsTheirGovernoratesOfficersHoldingARoleByNameAndTheListingIsAudited() {
        int listedBefore = listingsBy("supervisor-IQ-KA").size();
        given().auth().oauth2(SUPERVISOR).when().get("/officers").then().statusCode(200)
                .body("items.displayName", contains("Ali", "Zainab"))
                .body("items.subject", contains("investigator-ali", "investigator-zainab"))
                .body("items.governorate", contains("IQ-KA", "IQ-KA"))
                .body("items[1].roles", contains("investigator"))
                .body("items[1].gender", equalTo("FEMALE"))
                .body("next", nullValue());
        given().auth().oauth2(SUPERVISOR).queryParam("role", "intake-officer").when().get("/officers").then()
                .statusCode(200).body("items.displayName", contains("Huda"));

        String next = given().auth().oauth2(SUPERVISOR).queryParam("limit", 1).when().get("/officers").then()
                .statusCode(200).body("items.displayName", contains("Ali")).extract().path("next");
        given().auth().oauth2(SUPERVISOR).queryParam("limit", 1).queryParam("after", next).when().get("/officers").then()
                .statusCode(200).body("items.displayName", contains("Zainab")).body("next", nullValue());
        for (String cursor : new String[] { "-1", "not-a-number" }) {
            given().auth().oauth2(SUPERVISOR).queryParam("after", cursor).when().get("/officers").then()
                    .spec(Problems.of(400, "validation")).body("errors.field", contains("after"));
        }

        // the four pages served, each on the governorate listed; the refused cursors are not
        List<AuditEntry> listings = listingsBy("supervisor-IQ-KA");
        assertEquals(listedBefore + 4, listings.size());
        listings.forEach(listing -> assertEquals("IQ-KA", listing.recordId));
    }

    private static List<AuditEntry> listingsBy(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry> list(
                "actorSubject = ?1 and action = 'officer.list'", subject));
    }

    @Test
    void aNationalSupervisorNamesTheGovernorate() {
        String national = TOKENS.officer("supervisor", "NATIONAL");
        given().auth().oauth2(national).queryParam("governorate", "IQ-BA").when().get("/officers").then()
                .statusCode(200).body("items.displayName", contains("Omar"));
        given().auth().oauth2(national).when().get("/officers").then()
                .spec(Problems.of(400, "validation")).body("errors.field", contains("governorate"));
    }

    @Test
    void anotherGovernorateAnUnknownOneNoGovernorateAndAnUnknownRoleAreRefused() {
        given().auth().oauth2(SUPERVISOR).queryParam("governorate", "IQ-BA").when().get("/officers").then()
                .spec(Problems.forbidden());
        given().auth().oauth2(SUPERVISOR).queryParam("governorate", "XX-YY").when().get("/officers").then()
                .spec(Problems.of(400, "validation")).body("errors.field", contains("governorate"));
        given().auth().oauth2(TOKENS.withRoles("supervisor-of-nowhere", "supervisor")).when().get("/officers").then()
                .spec(Problems.forbidden());
        given().auth().oauth2(SUPERVISOR).queryParam("role", "citizen").when().get("/officers").then()
                .spec(Problems.of(400, "validation")).body("errors.field", contains("role"));
    }

    @Test
    void everyOtherRoleIsRefusedAndNoTokenIsUnauthenticated() {
        for (String token : new String[] { TOKENS.officer("investigator", "IQ-MU"), TOKENS.officer("intake-officer", "IQ-MU"),
                TOKENS.officer("prosecutor", "IQ-MU"), TOKENS.citizen("citizen-1"), TOKENS.withRoles("auditor-1", "auditor"),
                TOKENS.withRoles("operator", "admin") }) {
            given().auth().oauth2(token).when().get("/officers").then().spec(Problems.forbidden());
        }
        given().when().get("/officers").then().spec(Problems.unauthenticated());
    }
}
