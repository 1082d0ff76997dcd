package org.sanad.complaints;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;
import static org.sanad.complaints.Fixtures.etagOf;
import static org.sanad.complaints.Fixtures.fileAs;
import static org.sanad.complaints.Fixtures.triage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sanad.handoff.OutboxEvent;
import org.sanad.handoff.OutboxRelay;
import org.sanad.testing.Management;
import org.sanad.testing.ServiceStub;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Accepting never depends on cases-service being up; every accepted complaint arrives exactly once. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class HandOffTest {

    private static final String GOVERNORATE = "IQ-QA";
    private static final String OFFICER = TOKENS.officer("intake-officer", GOVERNORATE);

    @Inject
    OutboxRelay relay;

    /** Hand-offs of these complaints not yet taken by cases-service. */
    private static long pending(List<String> complaintIds) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count(
                "status = 'PENDING' and destination = 'cases-service' and aggregateId in ?1", complaintIds));
    }

    /** Every pending event becomes due, as if its backoff had passed. */
    private static void timePasses() {
        QuarkusTransaction.requiringNew().run(() -> OutboxEvent.update(
                "nextAttemptAt = ?1 where status = 'PENDING'", Instant.now().minusSeconds(1)));
    }

    private static String accept(String id, String intoCase) {
        triage(OFFICER, id, etagOf(OFFICER, id), Map.of("outcome", "UNDER_REVIEW")).statusCode(200);
        Map<String, Object> decision = intoCase == null ? Map.of("outcome", "ACCEPTED")
                : Map.of("outcome", "ACCEPTED", "intoCase", intoCase);
        return triage(OFFICER, id, etagOf(OFFICER, id), decision).statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("investigationStatus", equalTo("INVESTIGATION_UNDER_WAY"))
                .extract().path("id");
    }

    @Test
    void withCasesServiceDownAcceptingSucceedsAndEveryComplaintArrivesExactlyOnceWhenItIsBack() {
        ServiceStub.outage();

        List<String> accepted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = fileAs("handoff-victim-" + i, complaint(GOVERNORATE));
            given().auth().oauth2(OFFICER).contentType("text/plain").queryParam("fileName", "chat.txt")
                    .body("threat " + i).when().post("/complaints/" + id + "/evidence").then().statusCode(201);
            accepted.add(accept(id, i == 2 ? "QA-2026-00007" : null));
        }
        assertEquals(3, pending(accepted));

        relay.relayDue();
        assertEquals(3, pending(accepted), "nothing is delivered while cases-service is down, and nothing is dropped");
        Management.request().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("sanad_outbox_pending"))
                .body(org.hamcrest.Matchers.containsString("sanad_outbox_oldest_pending_seconds"));

        WireMockServer cases = ServiceStub.recover();
        cases.stubFor(post(urlEqualTo("/complaint-deliveries")).willReturn(aResponse().withStatus(204)));
        relay.relayDue();
        assertEquals(3, pending(accepted), "retries wait for their backoff");

        timePasses();
        relay.relayDue();
        timePasses();
        relay.relayDue();
        assertEquals(0, pending(accepted));

        for (String id : accepted) {
            cases.verify(exactly(1), postRequestedFor(urlEqualTo("/complaint-deliveries"))
                    .withRequestBody(matchingJsonPath("$.complaintId", WireMock.equalTo(id)))
                    .withHeader("Authorization", matching("Bearer .+")));
        }
        cases.verify(exactly(1), postRequestedFor(urlEqualTo("/complaint-deliveries"))
                .withRequestBody(matchingJsonPath("$.targetCaseNumber", WireMock.equalTo("QA-2026-00007"))));
        var sent = cases.findAll(postRequestedFor(urlEqualTo("/complaint-deliveries"))).stream()
                .filter(request -> accepted.stream().anyMatch(request.getBodyAsString()::contains)).toList();
        assertEquals(3, sent.size());
        for (var request : sent) {
            String body = request.getBodyAsString();
            assertTrue(body.contains("\"identifiers\":[{\"type\":\"PHONE\""), body);
            assertTrue(body.contains("\"sha256\""), "evidence references travel with their hash");
            assertTrue(!body.contains("زينب") && !body.contains("+9647701234567") && !body.contains("narrative"),
                    "the victim's personal data stays in complaints-service");
        }
    }

    @Test
    void aRejectedDeliveryIsRetriedNotLost() {
        WireMockServer cases = ServiceStub.server();
        cases.resetAll();
        cases.stubFor(post(urlEqualTo("/complaint-deliveries")).willReturn(aResponse().withStatus(500)));
        String id = accept(fileAs("handoff-victim-x", complaint(GOVERNORATE)), null);
        timePasses();
        relay.relayDue();
        assertEquals(1, pending(List.of(id)));
        int attempts = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent> find(
                "aggregateId = ?1", id).firstResult().attempts);
        assertTrue(attempts >= 1);

        cases.resetAll();
        cases.stubFor(post(urlEqualTo("/complaint-deliveries")).willReturn(aResponse().withStatus(204)));
        timePasses();
        relay.relayDue();
        assertEquals(0, pending(List.of(id)));
    }

    @Test
    void evidenceAddedAfterAcceptanceFollowsTheComplaint() {
        WireMockServer cases = ServiceStub.server();
        cases.resetAll();
        cases.stubFor(post(urlEqualTo("/complaint-deliveries")).willReturn(aResponse().withStatus(204)));
        String filer = TOKENS.citizen("handoff-victim-late");
        String id = accept(fileAs("handoff-victim-late", complaint(GOVERNORATE)), null);
        given().auth().oauth2(filer).contentType("text/plain").queryParam("fileName", "later.txt").body("more threats")
                .when().post("/complaints/" + id + "/evidence").then().statusCode(201);
        assertEquals(2, pending(List.of(id)));
        relay.relayDue();
        assertEquals(0, pending(List.of(id)));
        var sent = cases.findAll(postRequestedFor(urlEqualTo("/complaint-deliveries"))
                .withRequestBody(matchingJsonPath("$.complaintId", WireMock.equalTo(id))));
        assertEquals(2, sent.size());
        assertTrue(sent.get(1).getBodyAsString().contains("later.txt"));
    }
}
