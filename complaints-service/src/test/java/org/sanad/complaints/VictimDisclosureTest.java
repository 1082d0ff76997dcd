package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;
import static org.sanad.complaints.Fixtures.etagOf;
import static org.sanad.complaints.Fixtures.triage;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sanad.audit.AuditEntry;
import org.sanad.complaints.domain.VictimDisclosure;
import org.sanad.testing.Problems;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** A court that states a reason gets a victim's identity through referrals-service, and the disclosure stays on record. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class VictimDisclosureTest {

    private static final String GOVERNORATE = "IQ-BB";
    private static final String OFFICER = TOKENS.officer("intake-officer", GOVERNORATE);
    private static final String REFERRALS = TOKENS.service("referrals-service");
    private static final Map<String, Object> REQUEST = Map.of("courtCode", "IQ-PMC", "referenceNumber",
            "REF-2026-000042", "reason", "The court must summon the victim to testify at the hearing.");

    private static ValidatableResponse disclose(String token, String complaintId) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(REQUEST)
                .when().post("/complaints/" + complaintId + "/victim-disclosures").then();
    }

    private static String accepted() {
        String id = Fixtures.fileAs("disclosure-victim-" + UUID.randomUUID(), complaint(GOVERNORATE));
        triage(OFFICER, id, etagOf(OFFICER, id), Map.of("outcome", "UNDER_REVIEW")).statusCode(200);
        triage(OFFICER, id, etagOf(OFFICER, id), Map.of("outcome", "ACCEPTED")).statusCode(200);
        return id;
    }

    @Test
    void referralsServiceGetsTheIdentityForACourtAndTheDisclosureIsRecordedWithItsReason() {
        String id = accepted();
        disclose(REFERRALS, id).statusCode(200)
                .body("name", equalTo("زينب علي"))
                .body("contactPhone", equalTo("+9647701234567"))
                .body("complaintId", equalTo(id));
        UUID complaintId = UUID.fromString(id);
        VictimDisclosure recorded = QuarkusTransaction.requiringNew()
                .call(() -> VictimDisclosure.<VictimDisclosure> find("complaintId", complaintId).singleResult());
        assertEquals("IQ-PMC", recorded.courtCode);
        assertEquals("REF-2026-000042", recorded.referenceNumber);
        assertEquals(REQUEST.get("reason"), recorded.reason);
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = 'victim.identity.disclose' and recordId = ?1 and outcome = 'SUCCESS'", id)));
    }

    @Test
    void noOtherCallerMayAskAndAComplaintNotInACaseIsNeverDisclosed() {
        String id = accepted();
        disclose(TOKENS.service("cases-service"), id).spec(Problems.forbidden());
        disclose(TOKENS.withRoles("service-account-x", "service-client"), id).spec(Problems.forbidden());
        disclose(OFFICER, id).spec(Problems.forbidden());
        disclose(TOKENS.court("IQ-PMC"), id).spec(Problems.forbidden());
        given().auth().oauth2(REFERRALS).contentType(ContentType.JSON).body(Map.of("courtCode", "IQ-PMC"))
                .when().post("/complaints/" + id + "/victim-disclosures").then().statusCode(400);

        String submitted = Fixtures.fileAs("disclosure-victim-" + UUID.randomUUID(), complaint(GOVERNORATE));
        disclose(REFERRALS, submitted).statusCode(409);
        disclose(REFERRALS, UUID.randomUUID().toString()).spec(Problems.notFound());
        // the two service clients that are not allowed to ask are on record; other roles never reach the check
        assertEquals(2L, (long) QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = 'victim.identity.disclose' and recordId = ?1 and outcome = 'DENIED'", id)));
    }
}
