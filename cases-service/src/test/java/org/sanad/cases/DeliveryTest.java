package org.sanad.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanad.cases.Deliveries.TOKENS;
import static org.sanad.cases.Deliveries.caseOf;
import static org.sanad.cases.Deliveries.deliver;
import static org.sanad.cases.Deliveries.deliverToCase;
import static org.sanad.cases.Deliveries.delivery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.sanad.cases.domain.CaseComplaint;
import org.sanad.testing.Problems;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(ComplaintsStub.class)
class DeliveryTest {

    private static final String GOVERNORATE = "IQ-BG";
    private static final String INVESTIGATOR = TOKENS.officer("investigator", GOVERNORATE);

    @Test
    void anAcceptedComplaintOpensACaseWithWhatTheInvestigationNeeds() {
        Map<String, Object> body = delivery(GOVERNORATE, "0770 111 2222");
        body.put("requestedOfficerGender", "FEMALE");
        body.put("evidence", List.of(Map.of("evidenceId", UUID.randomUUID().toString(), "fileName", "threat.jpg",
                "contentType", "image/jpeg", "sizeBytes", 1234, "sha256", "a".repeat(64))));
        String caseId = deliverToCase(body);

        given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + caseId).then()
                .statusCode(200)
                .body("caseNumber", matchesPattern("BG-\\d{4}-\\d{5}"))
                .header("ETag", matchesPattern("\"\\d+\""))
                .body("status", equalTo("OPEN"))
                .body("governorate", equalTo(GOVERNORATE))
                .body("priority", equalTo("MEDIUM"))
                .body("requestedOfficerGender", equalTo("FEMALE"))
                .body("complaints", hasSize(1))
                .body("complaints[0].complaintId", equalTo(body.get("complaintId")))
                .body("complaints[0].platforms", equalTo(List.of("INSTAGRAM")));
        given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + caseId + "/evidence").then()
                .body("items.sha256", equalTo(List.of("a".repeat(64))))
                .body("items[0].source", equalTo("COMPLAINT_EVIDENCE"));
        given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + caseId + "/actions").then()
                .body("items[0].type", equalTo("NOTE"));
    }

    @Test
    void theSameDeliveryTwiceIsOneLink() {
        Map<String, Object> body = delivery(GOVERNORATE, "0770 111 3333");
        String caseId = deliverToCase(body);
        deliver(body).statusCode(204);

        // the same complaint under another delivery id is still one link
        body.put("deliveryId", UUID.randomUUID().toString());
        deliver(body).statusCode(204);
        assertEquals(caseId, caseOf((String) body.get("complaintId")));

        given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + caseId).then().body("complaints", hasSize(1));
    }

    @Test
    void aComplaintCanJoinAnExistingCaseOfItsGovernorate() {
        String caseId = deliverToCase(delivery(GOVERNORATE, "0770 111 4444"));
        String caseNumber = given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + caseId).then()
                .extract().path("caseNumber");

        Map<String, Object> joining = delivery(GOVERNORATE, "0770 999 0000");
        joining.put("targetCaseNumber", caseNumber);
        joining.put("priority", "CRITICAL");
        joining.put("priorityScore", 110);
        assertEquals(caseId, deliverToCase(joining));
        given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + caseId).then()
                .body("complaints", hasSize(2)).body("priority", equalTo("CRITICAL"));

        Map<String, Object> elsewhere = delivery("IQ-BA", "0770 999 0001");
        elsewhere.put("targetCaseNumber", caseNumber);
        String otherCase = deliverToCase(elsewhere);
        given().auth().oauth2(TOKENS.officer("investigator", "IQ-BA")).when().get("/cases/" + otherCase + "/actions")
                .then().body("items.details", hasItem(matchesPattern("Requested case .* could not take the complaint.*")));
    }

    @Test
    void aFirstDeliveryAndAnUpdateAppliedAtOnceMakeOneCase() {
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                Map<String, Object> first = delivery(GOVERNORATE, "0770 222 " + (1000 + round));
                // the update a second replica relays while the first is being applied
                Map<String, Object> update = new HashMap<>(first);
                update.put("deliveryId", UUID.randomUUID().toString());
                update.put("priority", "HIGH");
                update.put("priorityScore", 40);
                CountDownLatch start = new CountDownLatch(1);
                List<CompletableFuture<Integer>> applied = Stream.of(first, update)
                        .map(body -> CompletableFuture.supplyAsync(() -> {
                            awaitQuietly(start);
                            return deliver(body).extract().statusCode();
                        }, replicas))
                        .toList();
                start.countDown();
                assertEquals(List.of(204, 204), applied.stream().map(CompletableFuture::join).toList());
                UUID complaint = UUID.fromString((String) first.get("complaintId"));
                assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> CaseComplaint.count("complaintId", complaint)),
                        "round " + round + ": one case for one complaint");
            }
        } finally {
            replicas.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void onlyTheComplaintsServiceDelivers() {
        for (String token : List.of(INVESTIGATOR, TOKENS.officer("supervisor", GOVERNORATE),
                TOKENS.withRoles("citizen-1", "citizen"), TOKENS.withRoles("admin-1", "admin"))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(delivery(GOVERNORATE, "0770 111 5555"))
                    .when().post("/complaint-deliveries").then().spec(Problems.forbidden());
        }
        given().contentType(ContentType.JSON).body(delivery(GOVERNORATE, "0770 111 5555"))
                .when().post("/complaint-deliveries").then().spec(Problems.unauthenticated());
        given().auth().oauth2(TOKENS.forAudience("svc", "complaints-service", "service-client"))
                .contentType(ContentType.JSON).body(delivery(GOVERNORATE, "0770 111 5555"))
                .when().post("/complaint-deliveries").then().spec(Problems.unauthenticated());
        // another service of the realm, holding service-client too, cannot forge a delivery
        for (String client : List.of("referrals-service", "cases-service")) {
            given().auth().oauth2(TOKENS.service(client)).contentType(ContentType.JSON)
                    .body(delivery(GOVERNORATE, "0770 111 5555")).when().post("/complaint-deliveries").then()
                    .spec(Problems.forbidden());
        }
    }

    @Test
    void anIncompleteDeliveryIsRefusedWhole() {
        Map<String, Object> body = delivery(GOVERNORATE, "0770 111 6666");
        body.remove("complaintId");
        body.put("evidence", List.of(Map.of("evidenceId", UUID.randomUUID().toString(), "fileName", "x.jpg",
                "contentType", "image/jpeg", "sizeBytes", 1, "sha256", "not-a-hash")));
        deliver(body).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("complaintId", "evidence[0].sha256")));
    }

    @Test
    void aLaterDeliveryOfALinkedComplaintAddsOnlyWhatIsNew() {
        Map<String, Object> body = delivery(GOVERNORATE, "0770 111 7777");
        String caseId = deliverToCase(body);
        Map<String, Object> later = new java.util.HashMap<>(body);
        later.put("deliveryId", UUID.randomUUID().toString());
        later.put("identifiers", List.of(Map.of("type", "PHONE", "value", "0770 111 7777"),
                Map.of("type", "EMAIL", "value", "Night.Wolf@mail.example")));
        later.put("evidence", List.of(Map.of("evidenceId", UUID.randomUUID().toString(), "fileName", "voice.ogg",
                "contentType", "audio/ogg", "sizeBytes", 2048, "sha256", "e".repeat(64))));
        deliver(later).statusCode(204);
        deliver(later).statusCode(204);
        assertEquals(caseId, caseOf((String) body.get("complaintId")));

        given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + caseId + "/evidence").then()
                .body("items.fileName", equalTo(List.of("voice.ogg")));
        given().auth().oauth2(INVESTIGATOR).queryParam("type", "EMAIL").queryParam("value", "night.wolf@MAIL.example")
                .when().get("/identifiers").then().body("cases.size()", equalTo(1)).body("complaintCount", equalTo(1));
        given().auth().oauth2(INVESTIGATOR).queryParam("type", "PHONE").queryParam("value", "07701117777")
                .when().get("/identifiers").then().body("complaintCount", equalTo(1));
    }
}
