package org.sanad.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.sanad.audit.AuditFixtures.TOKENS;
import static org.sanad.audit.AuditFixtures.read;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sanad.testing.Problems;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class AuditResourceTest {

    private static final String AUDITOR = TOKENS.withRoles("auditor-1", "auditor");

    @Test
    void auditorsReadWhoDidWhatNewestFirstByRecordOrActorAPageAtATime() {
        String id = UUID.randomUUID().toString();
        read(TOKENS.officer("investigator", "IQ-BG"), id);
        read(TOKENS.officer("supervisor", "IQ-BG"), id);
        read(TOKENS.withRoles("two-roles", "investigator", "supervisor"), id);

        given().auth().oauth2(AUDITOR).queryParam("recordId", id).when().get("/audit-entries").then().statusCode(200)
                .body("items.actorSubject", contains("two-roles", "supervisor-IQ-BG", "investigator-IQ-BG"))
                .body("items[0].actorRoles", contains("investigator", "supervisor"))
                .body("items.action", contains("fixture.read", "fixture.read", "fixture.read"))
                .body("items.recordType", contains("fixture-record", "fixture-record", "fixture-record"))
                .body("items.outcome", contains("SUCCESS", "SUCCESS", "SUCCESS"))
                .body("next", nullValue());
        given().auth().oauth2(AUDITOR).queryParam("recordId", id).queryParam("actor", "supervisor-IQ-BG").when()
                .get("/audit-entries").then().statusCode(200).body("items.actorSubject", contains("supervisor-IQ-BG"));

        String next = given().auth().oauth2(AUDITOR).queryParam("recordId", id).queryParam("limit", 2).when()
                .get("/audit-entries").then().statusCode(200)
                .body("items.actorSubject", contains("two-roles", "supervisor-IQ-BG")).extract().path("next");
        given().auth().oauth2(AUDITOR).queryParam("recordId", id).queryParam("limit", 2).queryParam("after", next).when()
                .get("/audit-entries").then().statusCode(200)
                .body("items.actorSubject", contains("investigator-IQ-BG")).body("next", nullValue());
        given().auth().oauth2(AUDITOR).queryParam("after", "not-a-cursor").when().get("/audit-entries").then()
                .spec(Problems.of(400, "validation")).body("errors.field", contains("after"));
    }

    @Test
    void everyOtherRoleIsRefusedAndNoTokenIsUnauthenticated() {
        for (String token : new String[] { TOKENS.officer("supervisor", "NATIONAL"), TOKENS.officer("investigator", "IQ-BG"),
                TOKENS.citizen("citizen-1"), TOKENS.withRoles("operator", "admin"), TOKENS.service("cases-service") }) {
            given().auth().oauth2(token).when().get("/audit-entries").then().spec(Problems.forbidden());
        }
        given().when().get("/audit-entries").then().spec(Problems.unauthenticated())
                .header("WWW-Authenticate", equalTo("Bearer"));
        given().auth().oauth2(TOKENS.forAudience("auditor-2", "cases-service", "auditor")).when().get("/audit-entries")
                .then().spec(Problems.unauthenticated());
    }
}
