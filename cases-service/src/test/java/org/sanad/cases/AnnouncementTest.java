package org.sanad.cases;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanad.cases.Deliveries.deliverToCase;
import static org.sanad.cases.Deliveries.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sanad.handoff.OutboxEvent;
import org.sanad.handoff.OutboxRelay;
import org.sanad.cases.client.CaseUpdate;
import org.sanad.cases.domain.CaseStatus;
import org.sanad.cases.domain.InvestigationCase;
import org.sanad.cases.handoff.CaseAnnouncer;
import org.sanad.testing.ServiceStub;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(ComplaintsStub.class)
class AnnouncementTest {

    @Inject
    OutboxRelay relay;

    @Inject
    CaseAnnouncer announcer;

    private static long pending() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("status", OutboxEvent.Status.PENDING));
    }

    /** Makes every pending event due now, as if its backoff had passed. */
    private static void timePasses() {
        QuarkusTransaction.requiringNew().run(() -> OutboxEvent.update("nextAttemptAt = ?1 where status = 'PENDING'",
                Instant.now().minusSeconds(1)));
    }

    @Test
    void caseProgressReachesComplaintsServiceOnceItAnswers() {
        var stub = ServiceStub.server();
        stub.resetAll();
        relay.relayDue(); // earlier tests' announcements, answered 404 by the bare stub: they stay pending
        long before = pending();

        Map<String, Object> body = delivery("IQ-MA", "0772 000 0001");
        deliverToCase(body);
        assertEquals(before + 1, pending());

        stub.stubFor(post(urlEqualTo("/case-updates")).willReturn(aResponse().withStatus(503)));
        timePasses();
        relay.relayDue();
        assertEquals(before + 1, pending(), "an unavailable receiver delays the announcement, never drops it");

        stub.stubFor(post(urlEqualTo("/case-updates")).willReturn(aResponse().withStatus(204)));
        timePasses();
        relay.relayDue();
        assertEquals(0, pending());
        stub.verify(WireMock.moreThanOrExactly(1), postRequestedFor(urlEqualTo("/case-updates"))
                .withRequestBody(matchingJsonPath("$.complaintIds[0]", WireMock.equalTo((String) body.get("complaintId"))))
                .withRequestBody(matchingJsonPath("$.investigationStatus", WireMock.equalTo("INVESTIGATION_UNDER_WAY")))
                .withHeader("Authorization", WireMock.matching("Bearer .+")));
        relay.relayDue();
        assertEquals(0, pending());
    }

    @Test
    void deliveredEventsAndAppliedIdsAreForgottenAfterTheRetention() {
        var stub = ServiceStub.server();
        stub.resetAll();
        stub.stubFor(post(urlEqualTo("/case-updates")).willReturn(aResponse().withStatus(204)));
        Map<String, Object> body = delivery("IQ-MA", "0772 000 0002");
        deliverToCase(body);
        timePasses();
        relay.relayDue();
        long delivered = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("status", OutboxEvent.Status.DELIVERED));
        assertEquals(0, relay.purge(Instant.now()), "nothing is younger than the retention");
        // a delivered payload is kept hours, not days; the id of an applied delivery two days
        assertEquals(true, relay.purge(Instant.now().plus(java.time.Duration.ofHours(7))) >= delivered,
                "delivered events are purged after six hours");
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("status", OutboxEvent.Status.DELIVERED)));
        long purged = relay.purge(Instant.now().plus(java.time.Duration.ofHours(49)));
        assertEquals(true, purged >= 1, "the delivery id is purged after two days");
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("status", OutboxEvent.Status.DELIVERED)));
        // the same delivery again, after its id was forgotten: still one link
        Deliveries.deliver(body).statusCode(204);
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> org.sanad.cases.domain.CaseComplaint.count(
                "complaintId", java.util.UUID.fromString((String) body.get("complaintId")))));
    }

    @Test
    void aCaseWithMoreComplaintsThanOneAnnouncementCarriesIsAnnouncedInBatches() throws Exception {
        InvestigationCase investigation = new InvestigationCase();
        investigation.id = UUID.randomUUID();
        investigation.caseNumber = "MU-2026-09999";
        investigation.status = CaseStatus.INVESTIGATING;
        List<UUID> complaints = IntStream.range(0, 2 * CaseUpdate.MAX_COMPLAINTS + 1).mapToObj(i -> UUID.randomUUID())
                .toList();
        QuarkusTransaction.requiringNew().run(() -> announcer.announce(investigation, complaints, Instant.now()));

        List<OutboxEvent> events = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent> list(
                "aggregateId", investigation.id.toString()));
        List<UUID> announced = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (OutboxEvent event : events) {
            CaseUpdate update = new ObjectMapper().findAndRegisterModules().readValue(event.payload, CaseUpdate.class);
            assertEquals(event.id, update.deliveryId());
            sizes.add(update.complaintIds().size());
            announced.addAll(update.complaintIds());
        }
        assertEquals(List.of(1, CaseUpdate.MAX_COMPLAINTS, CaseUpdate.MAX_COMPLAINTS), sizes.stream().sorted().toList());
        assertEquals(new HashSet<>(complaints), new HashSet<>(announced));
    }
}
