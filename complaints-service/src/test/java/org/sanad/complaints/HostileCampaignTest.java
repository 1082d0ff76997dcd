package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;
import static org.sanad.complaints.Fixtures.fileAs;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sanad.testing.DataFingerprint;
import org.sanad.testing.HostileCampaign;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The generated hostile-input campaign over every operation of complaints-service's committed
 * contract, from every kind of caller but the one victim whose complaint carries the marker. A
 * second complaint, in Baghdad by a stranger, gives the stranger and Baghdad's officers a record
 * they may act on, so hostile values also reach the rules behind the role checks.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class HostileCampaignTest {

    @Inject
    DataSource dataSource;

    @Test
    void noHostileRequestReachesA5xxAProblemInTheWrongLanguageAnotherScopeOrAWrite() {
        String marker = "MARKER-" + UUID.randomUUID();
        Map<String, Object> secret = complaint("IQ-BG");
        secret.put("narrative", "ابتزاز " + marker);
        String owner = "campaign-victim";
        String complaintId = fileAs(owner, secret);
        String evidenceId = given().auth().oauth2(TOKENS.citizen(owner)).contentType("text/plain")
                .queryParam("fileName", "threat.txt").body("message " + marker).when()
                .post("/complaints/" + complaintId + "/evidence").then().statusCode(201).extract().path("id");
        String strangersComplaintId = fileAs("campaign-stranger", complaint("IQ-BA"));

        HostileCampaign.Report report = HostileCampaign.of("complaints-service")
                .caller("nobody", null)
                .caller("another citizen", TOKENS.citizen("campaign-stranger"))
                .caller("the victim, expired", TOKENS.expiredCitizen(owner))
                .caller("intake officer of another governorate", TOKENS.officer("intake-officer", "IQ-BA"))
                .caller("supervisor of another governorate", TOKENS.officer("supervisor", "IQ-BA"))
                .caller("investigator of another governorate", TOKENS.officer("investigator", "IQ-BA"))
                .caller("prosecutor", TOKENS.officer("prosecutor", "IQ-BA"))
                .caller("auditor", TOKENS.withRoles("campaign-auditor", "auditor"))
                .caller("admin", TOKENS.withRoles("campaign-admin", "admin"))
                .caller("a court system", TOKENS.court("IQ-PMC"))
                .caller("an unknown service client", TOKENS.service("campaign-client"))
                .caller("a token for cases-service", TOKENS.forAudience(owner, "cases-service", "citizen"))
                .caller("cases-service's client", TOKENS.service("cases-service"))
                .caller("referrals-service's client", TOKENS.service("referrals-service"))
                .knownIds(List.of(complaintId, evidenceId, strangersComplaintId))
                .validBody("POST /complaints", complaint("IQ-BA"))
                .validBody("POST /anonymous-complaints", complaint("IQ-BA"))
                .validBody("POST /complaints/{id}/supplements", Map.of("text", "رقم آخر للمبتز 07701112233"))
                .validBody("POST /tracking/{trackingNumber}/supplements", Map.of("text", "حساب جديد"))
                .validBody("POST /complaints/{id}/triage", Map.of("outcome", "UNDER_REVIEW"))
                .validBody("POST /complaints/{id}/withdrawal", Map.of("reason", "تم حل المشكلة"))
                .validBody("POST /tracking/{trackingNumber}/withdrawal", Map.of("reason", "تم حل المشكلة"))
                .validBody("POST /complaints/{id}/victim-disclosures", Map.of("courtCode", "IQ-PMC",
                        "referenceNumber", "REF-2026-000001", "reason", "لسماع أقوال الضحية"))
                .validBody("POST /case-updates", Map.of("deliveryId", UUID.randomUUID().toString(), "caseId",
                        UUID.randomUUID().toString(), "caseNumber", "BA-2026-00001", "complaintIds",
                        List.of(strangersComplaintId), "investigationStatus", "INVESTIGATION_UNDER_WAY", "changedAt",
                        Instant.now().toString()))
                .forbiddenMarker(marker)
                .state(DataFingerprint.of(dataSource, Set.of("audit_entry", "officer")))
                .requestsPerOperation(36)
                .run();

        // run() has failed already on any 5xx or other broken promise; this holds the campaign to its size
        assertTrue(report.requests() >= 500, "the campaign sent " + report.requests());
    }
}
