package org.sanad.complaints.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.complaints.Fixtures.complaint;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sanad.complaints.CasesStub;
import org.sanad.complaints.Fixtures;
import org.sanad.complaints.risk.DutyAlert;
import org.sanad.handoff.OutboxEvent;
import org.sanad.handoff.OutboxRelay;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Quiet hours (here: the two hours around now) hold back every message but a safety one until their end. */
@QuarkusTest
@TestProfile(QuietHoursNotificationTest.QuietNow.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class QuietHoursNotificationTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Baghdad");

    /** Quiet from an hour ago to an hour from now, in the jurisdiction's zone (minutes: LocalTime's config form). */
    public static class QuietNow implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            LocalTime now = ZonedDateTime.now(ZONE).toLocalTime().truncatedTo(ChronoUnit.MINUTES);
            return Map.of("notifications.quiet-hours.start", now.minusHours(1).toString(),
                    "notifications.quiet-hours.end", now.plusHours(1).toString());
        }
    }

    @Inject
    Event<DutyAlert> alerts;

    @Inject
    OutboxRelay relay;

    private static Map<String, Object> withSms(boolean selfHarm) {
        Map<String, Object> complaint = complaint("IQ-KI");
        complaint.put("selfHarmRisk", selfHarm);
        complaint.put("notifications", Map.of("channel", "SMS", "language", "en", "phone", "+9647705550404"));
        return complaint;
    }

    private static List<Notification> of(String complaintId) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification> list(
                "complaintId = ?1 order by queuedAt", UUID.fromString(complaintId)));
    }

    private static Instant nextAttemptOf(Notification notification) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent> findById(
                notification.outboxEventId).nextAttemptAt);
    }

    @Test
    void aDutyAlertIgnoresQuietHours() {
        String id = Fixtures.fileAs("quiet-duty", withSms(false));
        QuarkusTransaction.requiringNew().run(() -> alerts.fire(new DutyAlert(UUID.fromString(id), "ignored", "IQ-KI",
                DutyAlert.Level.SUPERVISOR, EnumSet.of(DutyAlert.Reason.TRIAGE_OVERDUE), "quiet:" + id)));

        Notification duty = of(id).stream().filter(n -> n.audience == Audience.DUTY).findFirst().orElseThrow();
        assertTrue(duty.safety);
        assertNull(duty.notBefore);
        assertTrue(!nextAttemptOf(duty).isAfter(Instant.now()), "due now");
    }

    @Test
    void aMessageQueuedInQuietHoursWaitsForTheirEnd() {
        String id = Fixtures.fileAs("quiet-ordinary", withSms(false));

        Notification received = of(id).get(0);
        assertTrue(received.notBefore != null && received.notBefore.isAfter(Instant.now().plusSeconds(45 * 60)),
                "held back about an hour: " + received.notBefore);
        assertTrue(received.notBefore.isBefore(Instant.now().plusSeconds(61 * 60)), received.notBefore.toString());
        assertEquals(received.notBefore, nextAttemptOf(received), "the outbox holds it back as long");
    }

    @Test
    void aMessageDueAgainInQuietHoursIsHeldAtThatAttemptToo() {
        String id = Fixtures.fileAs("quiet-retry", withSms(false));
        Notification received = of(id).get(0);
        // an operator re-queues it, or a retry after an SMSC outage falls due, inside the quiet hours
        QuarkusTransaction.requiringNew().run(() -> OutboxEvent.update("nextAttemptAt = ?1 where id = ?2",
                Instant.now().minusSeconds(1), received.outboxEventId));

        relay.relayDue();

        Instant next = nextAttemptOf(received);
        assertTrue(next.isAfter(Instant.now().plusSeconds(45 * 60)), "tried again in the quiet hours: next attempt at " + next);
        assertEquals(NotificationStatus.QUEUED, of(id).get(0).status);
    }

    @Test
    void aSelfHarmFilingsReceivedTextAndItsDutyAlertIgnoreQuietHours() {
        // the filing's risk alert fires the DutyAlert (org.sanad.complaints.risk)
        String id = Fixtures.fileAs("quiet-self-harm", withSms(true));

        List<Notification> sent = of(id);
        assertEquals(Set.of("RECEIVED", "DUTY_INTAKE"), sent.stream().map(n -> n.event).collect(Collectors.toSet()));
        for (Notification notification : sent) {
            assertTrue(notification.safety, notification.event);
            assertNull(notification.notBefore, notification.event);
            assertTrue(!nextAttemptOf(notification).isAfter(Instant.now()), notification.event + " is due now");
        }
    }
}
