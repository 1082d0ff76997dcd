package org.sanad.cases;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.sanad.cases.Deliveries.TOKENS;
import static org.sanad.cases.Deliveries.deliverToCase;
import static org.sanad.cases.Deliveries.delivery;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.sanad.handoff.OutboxEvent;
import org.sanad.core.hashing.Sha256;
import org.sanad.testing.Problems;
import org.sanad.testing.ServiceStub;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** What cases-service gives referrals-service and its prosecutors, and the court's progress it takes back. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(ComplaintsStub.class)
class ReferralSupportTest {

    private static final String GOVERNORATE = "IQ-DI";
    private static final String INVESTIGATOR = TOKENS.officer("investigator", GOVERNORATE);
    private static final String PROSECUTOR = TOKENS.officer("prosecutor", GOVERNORATE);
    private static final String REFERRALS = TOKENS.service("referrals-service");

    private static String caseWithArrest() {
        String caseId = deliverToCase(delivery(GOVERNORATE, "0772 100 0001"));
        String suspectId = given().auth().oauth2(INVESTIGATOR).contentType(ContentType.JSON)
                .body(Map.of("displayName", "ع. م.", "aliases", List.of("shadow_77"), "notes", "internal note"))
                .when().post("/cases/" + caseId + "/suspects").then().statusCode(201).extract().path("id");
        given().auth().oauth2(INVESTIGATOR).contentType(ContentType.JSON)
                .body(Map.of("type", "ARREST", "occurredAt", Instant.now().minusSeconds(3600).toString(), "place",
                        "Baqubah", "unit", "Cybercrime unit", "suspectId", suspectId))
                .when().post("/cases/" + caseId + "/actions").then().statusCode(201);
        given().auth().oauth2(INVESTIGATOR).contentType("image/png").queryParam("fileName", "chat.png")
                .body(new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3 })
                .when().post("/cases/" + caseId + "/evidence/files").then().statusCode(201);
        return caseId;
    }

    private static ValidatableResponse report(String caseId, String step, Instant at, UUID deliveryId) {
        Map<String, Object> update = new HashMap<>();
        update.put("deliveryId", deliveryId.toString());
        update.put("caseId", caseId);
        update.put("referralId", UUID.randomUUID().toString());
        update.put("referenceNumber", "REF-2026-000001");
        update.put("version", 1);
        update.put("courtCode", "IQ-DI-INV");
        update.put("courtName", "Investigative Court of Diyala");
        update.put("step", step);
        update.put("occurredAt", at.toString());
        update.put("details", "Hearing on 2026-12-01, chamber 2");
        return given().auth().oauth2(REFERRALS).contentType(ContentType.JSON).body(update)
                .when().post("/referral-updates").then();
    }

    @Test
    void aProsecutorOfTheGovernorateReadsWhatAReferralNeedsAndNothingMore() {
        String caseId = caseWithArrest();
        given().auth().oauth2(PROSECUTOR).when().get("/cases/" + caseId + "/referral-basis").then().statusCode(200)
                .body("governorate", equalTo(GOVERNORATE))
                .body("suspects[0].aliases", contains("shadow_77"))
                .body("suspects[0]", not(hasKey("notes")))
                .body("suspects[0]", not(hasKey("identifiers")))
                .body("suspects[0].arrests[0].place", equalTo("Baqubah"))
                .body("evidence", hasSize(1))
                .body("evidence[0].custody.entries", equalTo(1))
                .body("evidence[0].custody.allChecksMatched", equalTo(true))
                .body("complaintIds", hasSize(1));
        given().auth().oauth2(TOKENS.officer("prosecutor", "IQ-BG")).when().get("/cases/" + caseId + "/referral-basis")
                .then().spec(Problems.forbidden());
        given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + caseId + "/referral-basis").then()
                .spec(Problems.forbidden());
        given().auth().oauth2(PROSECUTOR).when().get("/cases/" + caseId).then().spec(Problems.forbidden());
    }

    @Test
    void aComplaintsFileReachesTheReferralBasisWithoutItsTrackingNumberOrTheNameTheVictimGaveIt() throws Exception {
        String trackingNumber = "IQ-2026-ZQ7X-K4WD";
        String fileName = "سارة_أحمد_صور_خاصة_ZQ7X.jpg";
        Map<String, Object> delivery = delivery(GOVERNORATE, "0772 100 0003");
        delivery.put("trackingNumber", trackingNumber);
        delivery.put("evidence", List.of(Map.of("evidenceId", UUID.randomUUID().toString(), "fileName", fileName,
                "contentType", "image/jpeg", "sizeBytes", 48213, "sha256", "ab".repeat(32))));
        String caseId = deliverToCase(delivery);
        String neutral = "Evidence file from a victim's complaint: image/jpeg, 48213 bytes";
        given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + caseId + "/evidence").then().statusCode(200)
                .body("items[0].description", equalTo(neutral));

        String basis = given().auth().oauth2(PROSECUTOR).when().get("/cases/" + caseId + "/referral-basis").then()
                .statusCode(200).body("evidence[0].description", equalTo(neutral))
                .body("evidence[0]", not(hasKey("fileName"))).extract().asString();
        for (String marker : List.of(trackingNumber, "ZQ7X", fileName)) {
            assertFalse(basis.contains(marker), "the basis of a referral carries " + marker + ": " + basis);
        }

        // a description stored before: rewritten by the migration, which runs on a schema from before
        // descriptions were encrypted (V29_3, whose constraint refuses clear text written after it;
        // the clear rows V9 leaves are sealed at start)
        try (Connection db = DriverManager.getConnection(
                ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class),
                System.getProperty("sanad.test.superuser", "postgres"),
                System.getProperty("sanad.test.superuser-password", ""));
                Statement statement = db.createStatement()) {
            statement.execute("ALTER TABLE evidence_item DROP CONSTRAINT evidence_item_description_encrypted");
            try {
                statement.executeUpdate("UPDATE evidence_item SET description = 'Evidence of complaint "
                        + trackingNumber + ": " + fileName + "' WHERE case_id = '" + caseId + "'");
                try (InputStream script = getClass().getClassLoader()
                        .getResourceAsStream("db/migration/V9__complaint_evidence_described_neutrally.sql")) {
                    statement.execute(new String(script.readAllBytes(), StandardCharsets.UTF_8));
                }
            } finally {
                statement.execute("ALTER TABLE evidence_item ADD CONSTRAINT evidence_item_description_encrypted"
                        + " CHECK (description ~ '^enc2:') NOT VALID");
            }
        }
        given().auth().oauth2(PROSECUTOR).when().get("/cases/" + caseId + "/referral-basis").then().statusCode(200)
                .body("evidence[0].description", equalTo(neutral));
    }

    @Test
    void courtStepsMoveTheCaseForwardOnlyAndReachTheVictims() {
        String caseId = caseWithArrest();
        report(caseId, "REFERRED", Instant.now().minusSeconds(60), UUID.randomUUID()).statusCode(204);
        UUID hearing = UUID.randomUUID();
        report(caseId, "HEARING_SCHEDULED", Instant.now().minusSeconds(30), hearing).statusCode(204);
        report(caseId, "HEARING_SCHEDULED", Instant.now().minusSeconds(30), hearing).statusCode(204);
        report(caseId, "DECIDED", Instant.now().minusSeconds(10), UUID.randomUUID()).statusCode(204);
        // a late report of an earlier step adds to the timeline but never moves the case back
        report(caseId, "REFERRED", Instant.now(), UUID.randomUUID()).statusCode(204);

        given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + caseId).then().statusCode(200)
                .body("status", equalTo("DECIDED"));
        given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + caseId + "/actions").then().statusCode(200)
                .body("items.findAll { it.type.startsWith('COURT_') }.type",
                        contains("COURT_REFERRAL", "COURT_HEARING", "COURT_DECISION", "COURT_REFERRAL"));
        List<String> announced = QuarkusTransaction.requiringNew().call(() -> OutboxEvent
                .<OutboxEvent> list("aggregateId = ?1 and type = 'case-status' order by createdAt", caseId).stream()
                .map(e -> e.payload.replaceAll(".*\"investigationStatus\":\"([A-Z_]+)\".*", "$1")).toList());
        assertEquals(List.of("INVESTIGATION_UNDER_WAY", "ARREST_MADE", "REFERRED_TO_COURT", "HEARING_SCHEDULED", "COURT_DECIDED"), announced);

        given().auth().oauth2(INVESTIGATOR).contentType(ContentType.JSON)
                .body(Map.of("type", "COURT_DECISION", "occurredAt", Instant.now().toString()))
                .when().post("/cases/" + caseId + "/actions").then().statusCode(400);
        given().auth().oauth2(INVESTIGATOR).contentType(ContentType.JSON).body("{}").when().post("/referral-updates").then()
                .spec(Problems.forbidden());
        report(UUID.randomUUID().toString(), "REFERRED", Instant.now(), UUID.randomUUID()).spec(Problems.notFound());
        // only referrals-service reports the court's steps
        given().auth().oauth2(TOKENS.service("complaints-service")).contentType(ContentType.JSON)
                .body(Map.of("deliveryId", UUID.randomUUID().toString(), "caseId", caseId, "referralId",
                        UUID.randomUUID().toString(), "referenceNumber", "REF-X", "version", 1, "courtCode", "X",
                        "courtName", "X", "step", "DECIDED", "occurredAt", Instant.now().toString()))
                .when().post("/referral-updates").then().spec(Problems.forbidden());
    }

    @Test
    void aVictimsIdentityGivenToACourtIsOnTheTimelineTheSupervisorReadsAndMovesNothing() {
        String caseId = caseWithArrest();
        report(caseId, "REFERRED", Instant.now().minusSeconds(60), UUID.randomUUID()).statusCode(204);
        report(caseId, "IDENTITY_DISCLOSED", Instant.now(), UUID.randomUUID()).statusCode(204);
        String supervisor = TOKENS.officer("supervisor", GOVERNORATE);
        given().auth().oauth2(supervisor).when().get("/cases/" + caseId).then().statusCode(200)
                .body("status", equalTo("REFERRED"));
        given().auth().oauth2(supervisor).when().get("/cases/" + caseId + "/actions").then().statusCode(200)
                .body("items.findAll { it.type.startsWith('COURT_') }.type",
                        contains("COURT_REFERRAL", "COURT_IDENTITY_DISCLOSURE"));
        given().auth().oauth2(TOKENS.officer("supervisor", "IQ-BG")).when().get("/cases/" + caseId + "/actions").then()
                .spec(Problems.forbidden());
    }

    @Test
    void onlyReferralsServiceReleasesEvidenceToACourtAndEveryReleaseIsInTheCustodyLog() {
        String caseId = caseWithArrest();
        String itemId = given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + caseId + "/evidence").then()
                .extract().path("items[0].id");
        String release = "/court-releases/evidence/" + itemId + "?court=IQ-DI-INV&referral=REF-2026-000009";
        given().auth().oauth2(REFERRALS).when().get(release).then().statusCode(200)
                .header("X-Content-SHA256", matchesPattern("[0-9a-f]{64}"));
        given().auth().oauth2(TOKENS.service("complaints-service")).when().get(release).then()
                .spec(Problems.forbidden());
        given().auth().oauth2(PROSECUTOR).when().get(release).then().spec(Problems.forbidden());
        given().auth().oauth2(REFERRALS).when().get("/court-releases/evidence/" + itemId).then().statusCode(400);
        given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + caseId + "/evidence/" + itemId + "/custody").then()
                .body("items.action", contains("RECEIVED", "RELEASED"))
                .body("items[1].location", equalTo("Court IQ-DI-INV"))
                .body("items[1].note", equalTo("Released for referral REF-2026-000009"))
                .body("items[1].hashMatched", equalTo(true));
    }

    @Test
    void complaintEvidenceIsFetchedAsThisServiceWhenReleased() {
        Map<String, Object> delivery = delivery(GOVERNORATE, "0772 100 0002");
        UUID evidenceId = UUID.randomUUID();
        byte[] bytes = "screenshot bytes".getBytes();
        String sha = Sha256.of(bytes);
        delivery.put("evidence", List.of(Map.of("evidenceId", evidenceId.toString(), "fileName", "s.png",
                "contentType", "image/png", "sizeBytes", bytes.length, "sha256", sha)));
        String caseId = deliverToCase(delivery);
        report(caseId, "REFERRED", Instant.now(), UUID.randomUUID()).statusCode(204);
        String itemId = given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + caseId + "/evidence").then()
                .extract().path("items[0].id");
        ServiceStub.server().stubFor(get(urlEqualTo("/complaints/" + delivery.get("complaintId") + "/evidence/"
                + evidenceId + "/content")).willReturn(aResponse().withStatus(200).withBody("tampered bytes")));
        given().auth().oauth2(REFERRALS).when().get("/court-releases/evidence/" + itemId + "?court=X&referral=R")
                .then().statusCode(409).body("type", equalTo("urn:sanad:problem:integrity-failure"));
        given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + caseId + "/evidence/" + itemId + "/custody").then()
                .body("items[-1].action", equalTo("RELEASED")).body("items[-1].hashMatched", equalTo(false));
    }
}
