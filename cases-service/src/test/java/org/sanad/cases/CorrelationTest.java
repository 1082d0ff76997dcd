package org.sanad.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.sanad.cases.Deliveries.TOKENS;
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

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(ComplaintsStub.class)
class CorrelationTest {

    private static final String INVESTIGATOR = TOKENS.officer("investigator", "IQ-NI");

    @Test
    void twoVictimsNamingOnePhoneInTwoFormsAreFlaggedToOneCase() {
        Map<String, Object> first = delivery("IQ-NI", "+964 751 234 5678");
        String firstCase = deliverToCase(first);
        // another victim, another governorate's intake, the number typed in Arabic-Indic digits
        Map<String, Object> second = delivery("IQ-NI", "٠٧٥١٢٣٤٥٦٧٨");
        second.put("identifiers", List.of(Map.of("type", "PHONE", "value", "٠٧٥١٢٣٤٥٦٧٨"),
                Map.of("type", "ACCOUNT_HANDLE", "value", "@Ghost.Lover")));
        String secondCase = deliverToCase(second);
        assertNotEquals(firstCase, secondCase);

        String flagId = given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + firstCase + "/correlations").then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].complaintId", equalTo(second.get("complaintId")))
                .body("items[0].identifierType", equalTo("PHONE"))
                .body("items[0].normalisedValue", equalTo("+9647512345678"))
                .body("items[0].status", equalTo("OPEN"))
                .extract().path("items[0].id");
        given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + firstCase).then().body("openCorrelationFlags", equalTo(1));
        // the second case sees the same flag from its side
        given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + secondCase + "/correlations").then()
                .body("items.id", equalTo(List.of(flagId)));

        given().auth().oauth2(INVESTIGATOR).when().post("/cases/" + firstCase + "/correlations/" + flagId + "/link")
                .then().statusCode(200).body("status", equalTo("LINKED")).body("decidedBy", equalTo("investigator-IQ-NI"));
        given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + firstCase).then()
                .body("complaints.complaintId", containsInAnyOrder(first.get("complaintId"), second.get("complaintId")))
                .body("openCorrelationFlags", equalTo(0));
        given().auth().oauth2(INVESTIGATOR).when().post("/cases/" + firstCase + "/correlations/" + flagId + "/dismissal")
                .then().statusCode(409);

        // "which cases and how many complaints involve this number?", asked in a third spelling
        given().auth().oauth2(INVESTIGATOR).queryParam("type", "PHONE").queryParam("value", "00964 751 234 5678")
                .when().get("/identifiers").then()
                .statusCode(200)
                .body("normalisedValue", equalTo("+9647512345678"))
                .body("complaintCount", equalTo(2))
                .body("cases", hasSize(2))
                .body("casesOutsideScope", equalTo(0));
        given().auth().oauth2(TOKENS.officer("investigator", "IQ-BA")).queryParam("type", "PHONE")
                .queryParam("value", "07512345678").when().get("/identifiers").then()
                .body("cases", hasSize(0)).body("casesOutsideScope", equalTo(2)).body("complaintCount", equalTo(2));
    }

    @Test
    void aLaterDeliveryNamingMoreOfTheSameExtortionistRaisesNoSecondFlag() {
        Map<String, Object> first = delivery("IQ-NI", "0751 000 4411");
        first.put("identifiers", List.of(Map.of("type", "PHONE", "value", "0751 000 4411"),
                Map.of("type", "EMAIL", "value", "dark.rider@mail.example")));
        String firstCase = deliverToCase(first);
        Map<String, Object> second = delivery("IQ-NI", "0751 000 4411");
        String secondCase = deliverToCase(second);
        assertNotEquals(firstCase, secondCase);
        // the second complaint later names the e-mail too: the first case is already flagged for it
        Map<String, Object> later = new HashMap<>(second);
        later.put("deliveryId", UUID.randomUUID().toString());
        later.put("identifiers", List.of(Map.of("type", "PHONE", "value", "0751 000 4411"),
                Map.of("type", "EMAIL", "value", "Dark.Rider@mail.example")));
        Deliveries.deliver(later).statusCode(204);
        String flagId = given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + firstCase + "/correlations").then()
                .body("items", hasSize(1)).body("items[0].identifierType", equalTo("PHONE"))
                .extract().path("items[0].id");

        // once linked into the first case, a further identifier it knows flags nothing either
        given().auth().oauth2(INVESTIGATOR).when().post("/cases/" + firstCase + "/correlations/" + flagId + "/link")
                .then().statusCode(200);
        Map<String, Object> latest = new HashMap<>(later);
        latest.put("deliveryId", UUID.randomUUID().toString());
        first.put("deliveryId", UUID.randomUUID().toString());
        first.put("identifiers", List.of(Map.of("type", "PHONE", "value", "0751 000 4411"),
                Map.of("type", "EMAIL", "value", "dark.rider@mail.example"),
                Map.of("type", "ACCOUNT_HANDLE", "value", "@dark.rider")));
        Deliveries.deliver(first).statusCode(204);
        latest.put("identifiers", List.of(Map.of("type", "PHONE", "value", "0751 000 4411"),
                Map.of("type", "EMAIL", "value", "dark.rider@mail.example"),
                Map.of("type", "ACCOUNT_HANDLE", "value", "@dark.rider")));
        Deliveries.deliver(latest).statusCode(204);
        given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + firstCase + "/correlations").then()
                .body("items", hasSize(1)).body("items[0].status", equalTo("LINKED"));
    }

    @Test
    void aLinkAndADismissalAtOnceDecideTheFlagOnce() {
        ExecutorService investigators = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 6; round++) {
                String phone = "0753 000 " + (2000 + round);
                String first = deliverToCase(delivery("IQ-NI", phone));
                Map<String, Object> second = delivery("IQ-NI", phone);
                deliverToCase(second);
                String flagId = given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + first + "/correlations")
                        .then().extract().path("items[0].id");
                CountDownLatch start = new CountDownLatch(1);
                List<CompletableFuture<Integer>> decisions = Stream.of("/link", "/dismissal")
                        .map(decision -> CompletableFuture.supplyAsync(() -> {
                            try {
                                start.await();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            return given().auth().oauth2(INVESTIGATOR)
                                    .when().post("/cases/" + first + "/correlations/" + flagId + decision)
                                    .then().extract().statusCode();
                        }, investigators))
                        .toList();
                start.countDown();
                List<Integer> statuses = decisions.stream().map(CompletableFuture::join).toList();
                assertEquals(List.of(200, 409), statuses.stream().sorted().toList(), "round " + round);
                // the flag says what happened: linked exactly when the complaint was linked into the case
                String status = given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + first + "/correlations")
                        .then().extract().path("items[0].status");
                UUID complaint = UUID.fromString((String) second.get("complaintId"));
                long inFirstCase = QuarkusTransaction.requiringNew().call(() -> CaseComplaint.count(
                        "caseId = ?1 and complaintId = ?2", UUID.fromString(first), complaint));
                assertEquals(statuses.get(0) == 200 ? "LINKED" : "DISMISSED", status, "round " + round);
                assertEquals(statuses.get(0) == 200 ? 1L : 0L, inFirstCase, "round " + round);
            }
        } finally {
            investigators.shutdownNow();
        }
    }

    @Test
    void aFlagCanBeDismissedAndClosedCasesAreNotFlagged() {
        String first = deliverToCase(delivery("IQ-NI", "0752 000 1111"));
        deliverToCase(delivery("IQ-NI", "+9647520001111"));
        String flagId = given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + first + "/correlations").then()
                .extract().path("items[0].id");
        given().auth().oauth2(TOKENS.officer("investigator", "IQ-BA"))
                .when().post("/cases/" + first + "/correlations/" + flagId + "/dismissal").then().spec(Problems.forbidden());
        given().auth().oauth2(TOKENS.officer("supervisor", "IQ-NI"))
                .when().post("/cases/" + first + "/correlations/" + flagId + "/dismissal").then().spec(Problems.forbidden());
        given().auth().oauth2(INVESTIGATOR).when().post("/cases/" + first + "/correlations/" + flagId + "/dismissal")
                .then().statusCode(200).body("status", equalTo("DISMISSED"));

        given().auth().oauth2(INVESTIGATOR).header("If-Match", Deliveries.etag(INVESTIGATOR, first))
                .contentType("application/json").body(Map.of("status", "CLOSED", "closureReason", "NO_SUSPECT_FOUND"))
                .when().post("/cases/" + first + "/status").then().statusCode(200);
        String third = deliverToCase(delivery("IQ-NI", "07520001111"));
        given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + first + "/correlations").then()
                .body("items", hasSize(1));
        given().auth().oauth2(INVESTIGATOR).when().get("/cases/" + third + "/correlations").then()
                .body("items", hasSize(1)).body("items[0].caseNumber", org.hamcrest.Matchers.not(equalTo(null)));
    }

    @Test
    void suspectIdentifiersAreNormalisedIndexedAndLookedUp() {
        String caseId = deliverToCase(delivery("IQ-NI", "0753 555 1212"));
        given().auth().oauth2(INVESTIGATOR).contentType("application/json")
                .body(Map.of("displayName", "المشتبه به الأول", "aliases", List.of("Ghost", "شبح"),
                        "identifiers", List.of(Map.of("type", "PAYMENT_WALLET", "value", "ZC 0753 999"),
                                Map.of("type", "PROFILE_URL", "value", "www.instagram.com/Ghost.Lover/"))))
                .when().post("/cases/" + caseId + "/suspects").then()
                .statusCode(201)
                .body("identifiers.normalisedValue", equalTo(List.of("ZC0753999", "https://instagram.com/Ghost.Lover")))
                .body("aliases", equalTo(List.of("Ghost", "شبح")));
        given().auth().oauth2(INVESTIGATOR).queryParam("type", "PROFILE_URL")
                .queryParam("value", "https://instagram.com/Ghost.Lover?igsh=1").when().get("/identifiers").then()
                .body("cases", hasSize(1)).body("complaintCount", equalTo(0));
        given().auth().oauth2(INVESTIGATOR).contentType("application/json")
                .body(Map.of("displayName", "x", "identifiers", List.of(Map.of("type", "PHONE", "value", "12"))))
                .when().post("/cases/" + caseId + "/suspects").then()
                .statusCode(400).body("errors[0].field", equalTo("identifiers[0].value"));
        // as many aliases as a suspect takes, each as long as it may be: stored whole, not a database error
        List<String> aliases = Stream.iterate(0, i -> i + 1).limit(20)
                .map(i -> "اسم مستعار " + i + " " + "ع".repeat(100)).map(a -> a.substring(0, 100)).toList();
        given().auth().oauth2(INVESTIGATOR).contentType("application/json")
                .body(Map.of("displayName", "كثير الأسماء", "aliases", aliases))
                .when().post("/cases/" + caseId + "/suspects").then()
                .statusCode(201).body("aliases", equalTo(aliases));
        given().auth().oauth2(INVESTIGATOR).queryParam("type", "FAX").queryParam("value", "1")
                .when().get("/identifiers").then().statusCode(400);
        given().auth().oauth2(TOKENS.withRoles("p", "prosecutor")).queryParam("type", "PHONE").queryParam("value", "1")
                .when().get("/identifiers").then().spec(Problems.forbidden());
    }
}
