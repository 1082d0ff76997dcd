package org.sanad.complaints;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;
import static org.sanad.complaints.Fixtures.etagOf;
import static org.sanad.complaints.Fixtures.fileAs;
import static org.sanad.complaints.Fixtures.triage;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
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

/**
 * A hand-off cases-service will never accept is parked as dead with its answer, visible to the
 * operator and re-queued after the fix; it is never retried for ever, and answers that may change
 * (busy, rate-limited) are retried when the receiver says.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class DeadHandOffTest {

    private static final String GOVERNORATE = "IQ-NA";
    private static final String OFFICER = TOKENS.officer("intake-officer", GOVERNORATE);
    private static final String ADMIN = TOKENS.withRoles("admin-1", "admin");
    private static final String REFUSAL = "{\"type\":\"urn:sanad:problem:validation\",\"status\":400}";

    @Inject
    OutboxRelay relay;

    private WireMockServer cases;

    @BeforeEach
    void casesServiceAnswers() {
        cases = ServiceStub.server();
        cases.resetAll();
    }

    private static String acceptNewComplaint(String filer) {
        String id = fileAs(filer, complaint(GOVERNORATE));
        triage(OFFICER, id, etagOf(OFFICER, id), Map.of("outcome", "UNDER_REVIEW")).statusCode(200);
        triage(OFFICER, id, etagOf(OFFICER, id), Map.of("outcome", "ACCEPTED")).statusCode(200);
        return id;
    }

    private static OutboxEvent eventOf(String complaintId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent> find("aggregateId", complaintId)
                .firstResult());
    }

    private static void dueNow(String complaintId) {
        QuarkusTransaction.requiringNew().run(() -> OutboxEvent.update("nextAttemptAt = ?1 where aggregateId = ?2",
                Instant.now().minusSeconds(1), complaintId));
    }

    @Test
    void aRefusedHandOffIsParkedVisibleAndSentAgainOnlyWhenAnOperatorSaysSo() {
        cases.stubFor(post(urlEqualTo("/complaint-deliveries")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody(REFUSAL)));
        String id = acceptNewComplaint("dead-handoff-victim");

        relay.relayDue();
        OutboxEvent dead = eventOf(id);
        assertEquals(OutboxEvent.Status.DEAD, dead.status);
        assertEquals(400, dead.lastStatus);
        assertEquals("HTTP 400: " + REFUSAL, dead.lastError);
        assertEquals(1, dead.attempts);

        dueNow(id);
        relay.relayDue();
        // a dead event is not tried again, however due it looks
        cases.verify(exactly(1), postRequestedFor(urlEqualTo("/complaint-deliveries"))
                .withRequestBody(matchingJsonPath("$.complaintId", WireMock.equalTo(id))));
        Management.request().when().get("/q/metrics").then().body(containsString("sanad_outbox_dead"));

        given().auth().oauth2(ADMIN).when().get("/outbox/dead-events").then().statusCode(200)
                .body("items.id", hasItem(dead.id.toString()))
                .body("items.find { it.id == '" + dead.id + "' }.lastStatus", equalTo(400))
                .body("items.find { it.id == '" + dead.id + "' }.type", equalTo("complaint-accepted"));

        cases.resetAll();
        cases.stubFor(post(urlEqualTo("/complaint-deliveries")).willReturn(aResponse().withStatus(204)));
        given().auth().oauth2(ADMIN).when().post("/outbox/dead-events/" + dead.id + "/requeue").then().statusCode(204);
        relay.relayDue();
        OutboxEvent delivered = eventOf(id);
        assertEquals(OutboxEvent.Status.DELIVERED, delivered.status);
        assertNull(delivered.lastError);

        given().auth().oauth2(ADMIN).when().post("/outbox/dead-events/" + dead.id + "/requeue").then()
                .statusCode(404).body("type", equalTo("urn:sanad:problem:not-found"));
        given().auth().oauth2(TOKENS.withRoles("auditor-1", "auditor")).queryParam("recordId", dead.id.toString())
                .when().get("/audit-entries").then().statusCode(200)
                .body("items.action", equalTo(java.util.List.of("outbox.requeue")))
                .body("items[0].actorSubject", equalTo("admin-1"))
                .body("items[0].actorRoles", equalTo(java.util.List.of("admin")));
    }

    @Test
    void onlyAnAdministratorSeesOrRequeuesDeadEvents() {
        for (String token : new String[] { OFFICER, TOKENS.officer("supervisor", GOVERNORATE),
                TOKENS.citizen("someone"), TOKENS.withRoles("relay", "service-client") }) {
            given().auth().oauth2(token).when().get("/outbox/dead-events").then().statusCode(403)
                    .body("type", equalTo("urn:sanad:problem:forbidden"));
            given().auth().oauth2(token).when().post("/outbox/dead-events/" + java.util.UUID.randomUUID() + "/requeue")
                    .then().statusCode(403).body("type", equalTo("urn:sanad:problem:forbidden"));
        }
        given().when().get("/outbox/dead-events").then().statusCode(401)
                .body("type", equalTo("urn:sanad:problem:unauthenticated"));
        given().auth().oauth2(ADMIN).queryParam("after", "garbage").when().get("/outbox/dead-events").then()
                .statusCode(400).body("errors[0].field", equalTo("after"));
    }

    @Test
    void aBusyReceiverIsRetriedWhenItSays() {
        cases.stubFor(post(urlEqualTo("/complaint-deliveries")).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "120")));
        String id = acceptNewComplaint("busy-handoff-victim");
        Instant before = Instant.now();
        relay.relayDue();
        OutboxEvent waiting = eventOf(id);
        assertEquals(OutboxEvent.Status.PENDING, waiting.status);
        assertEquals(429, waiting.lastStatus);
        Duration wait = Duration.between(before, waiting.nextAttemptAt);
        assertTrue(wait.compareTo(Duration.ofSeconds(115)) > 0 && wait.compareTo(Duration.ofSeconds(125)) < 0,
                "the next attempt follows Retry-After, not the 2 s backoff: " + wait);
    }
}
