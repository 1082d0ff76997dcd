package org.sanad.complaints.notify;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;
import static org.sanad.complaints.Fixtures.etagOf;
import static org.sanad.complaints.Fixtures.triage;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanad.complaints.CasesStub;
import org.sanad.complaints.Fixtures;
import org.sanad.complaints.risk.DutyAlert;
import org.sanad.complaints.sms.SmscTestResource;
import org.sanad.handoff.OutboxEvent;
import org.sanad.handoff.OutboxRelay;
import org.sanad.smscsimulator.ReceivedMessage;
import org.sanad.smscsimulator.SmscSimulator;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;

/**
 * The victim's texts checked where they arrive, at a real SMPP server (the SMSC simulator): one
 * per event in the chosen language, from the neutral sender; none lost and none twice through an
 * outage of the SMSC; delivery receipts recorded; the duty contact texted on an alert.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
@WithTestResource(SmscTestResource.class)
class SmsNotificationTest {

    private static final String GOVERNORATE = "IQ-KI";
    private static final String OFFICER = TOKENS.officer("intake-officer", GOVERNORATE);
    private static final String LINK = "https://sanad.example.iq/t";

    private final SmscSimulator smsc = SmscTestResource.smsc();

    @Inject
    OutboxRelay relay;

    @Inject
    Event<DutyAlert> alerts;

    @BeforeEach
    void aRunningSmscThatReceivedNothing() throws Exception {
        smsc.start();
        smsc.clear();
    }

    private static Map<String, Object> withSms(String language, String phone) {
        Map<String, Object> complaint = complaint(GOVERNORATE);
        complaint.put("notifications", phone == null ? Map.of("channel", "SMS", "language", language)
                : Map.of("channel", "SMS", "language", language, "phone", phone));
        return complaint;
    }

    private static ValidatableResponse notificationsOf(String token, String id) {
        return given().auth().oauth2(token).when().get("/complaints/" + id + "/notifications").then().statusCode(200);
    }

    /** Relays until nothing is due, the SMSC's receipts given time to come back. */
    private void relayAll() {
        while (relay.relayDue() > 0) {
            // the next batch
        }
    }

    private List<String> textsTo(String msisdn) {
        return smsc.receivedBy(msisdn).stream().map(ReceivedMessage::text).toList();
    }

    @Test
    void filingWithSmsSendsOneReceivedTextInTheChosenLanguageFromTheNeutralSender() throws Exception {
        String filer = TOKENS.citizen("sms-received");
        var filed = Fixtures.file(filer, withSms("ar", null)).statusCode(201).extract();
        String id = filed.path("id");
        String number = filed.path("trackingNumber");

        relayAll();

        List<ReceivedMessage> received = smsc.receivedBy("9647701234567");
        assertEquals(1, received.size(), received.toString());
        assertEquals("سُجّل طلبك " + number + ". تابعه: " + LINK, received.get(0).text());
        assertEquals("Info", received.get(0).from());
        assertEquals(8, received.get(0).dataCoding(), "UCS-2");
        assertEquals(1, received.get(0).segments());
        notificationsOf(filer, id).body("items[0].status", oneOf("SENT", "DELIVERED")).body("items[0].sentAt", notNullValue());

        awaitStatus(filer, id, 0, "DELIVERED");
        notificationsOf(filer, id).body("items[0].deliveredAt", notNullValue());
    }

    @Test
    void eachStatusChangeIsTextedOnceAndAnEnglishTextIsOneGsmSegment() throws Exception {
        String filer = TOKENS.citizen("sms-steps");
        var filed = Fixtures.file(filer, withSms("en", "+964 770 555 0101")).statusCode(201).extract();
        String id = filed.path("id");
        String number = filed.path("trackingNumber");
        triage(OFFICER, id, etagOf(OFFICER, id), Map.of("outcome", "UNDER_REVIEW")).statusCode(200);
        triage(OFFICER, id, etagOf(OFFICER, id), Map.of("outcome", "REJECTED", "reason", "Not enough to act on"))
                .statusCode(200);

        relayAll();
        relayAll();

        assertEquals(List.of(
                "Your request " + number + " has been registered. Follow it here: " + LINK,
                "Your request " + number + " is being looked at. Details: " + LINK,
                "Update on your request " + number + ": " + LINK), textsTo("9647705550101"));
        smsc.receivedBy("9647705550101").forEach(text -> {
            assertEquals(0, text.dataCoding(), "GSM 03.38");
            assertEquals(1, text.segments());
        });
        notificationsOf(filer, id).body("items.event", equalTo(List.of("RECEIVED", "UNDER_REVIEW", "REJECTED")));
    }

    @Test
    void duringAnOutageOfTheSmscTheTextWaitsAndIsSentOnceAfterIt() throws Exception {
        String filer = TOKENS.citizen("sms-outage");
        smsc.stop();
        String id = Fixtures.file(filer, withSms("fr", "+9647705550202")).statusCode(201).extract().path("id");

        relay.relayDue();
        relay.relayDue();
        notificationsOf(filer, id).body("items[0].status", equalTo("QUEUED"));
        UUID outboxEvent = QuarkusTransaction.requiringNew().call(() -> Notification.<Notification> find(
                "complaintId", UUID.fromString(id)).firstResult().outboxEventId);
        OutboxEvent waiting = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.findById(outboxEvent));
        assertEquals(OutboxEvent.Status.PENDING, waiting.status);
        assertTrue(waiting.attempts >= 1, "tried and kept: " + waiting.attempts);

        smsc.start();
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (smsc.receivedBy("9647705550202").isEmpty() && System.nanoTime() < until) {
            QuarkusTransaction.requiringNew().run(() -> OutboxEvent.update("nextAttemptAt = ?1 where id = ?2",
                    Instant.now().minusSeconds(1), outboxEvent));
            relay.relayDue();
            Thread.sleep(200);
        }
        relayAll();

        assertEquals(1, smsc.receivedBy("9647705550202").size(), "once, after the outage");
        assertTrue(textsTo("9647705550202").get(0).startsWith("Votre demande "));
        notificationsOf(filer, id).body("items[0].status", oneOf("SENT", "DELIVERED")).body("items", hasSize(1));
    }

    @Test
    void aReceiptThatSaysUndeliverableMarksTheTextUndelivered() throws Exception {
        String filer = TOKENS.citizen("sms-undeliverable");
        smsc.undeliverable("+9647705550303");
        String id = Fixtures.file(filer, withSms("ckb", "+9647705550303")).statusCode(201).extract().path("id");

        relayAll();

        awaitStatus(filer, id, 0, "UNDELIVERED");
    }

    @Test
    void aDutyAlertTextsTheGovernoratesDutyContactInOneSegmentWithTheReference() throws Exception {
        String id = Fixtures.fileAs("sms-duty", complaint(GOVERNORATE));
        QuarkusTransaction.requiringNew().run(() -> alerts.fire(new DutyAlert(UUID.fromString(id), "ignored",
                GOVERNORATE, DutyAlert.Level.INTAKE, EnumSet.of(DutyAlert.Reason.SELF_HARM), "sms-duty:" + id)));

        relayAll();

        String number = given().auth().oauth2(OFFICER).when().get("/complaints/" + id).then().extract()
                .path("trackingNumber");
        // Arabic, the deployment's duty language: one UCS-2 segment, so without the console's link
        assertEquals(List.of("عاجل: الطلب " + number + " يحتاج موظفاً الآن."), textsTo("9647700000001"));
    }

    private static void awaitStatus(String filer, String id, int index, String status) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        String seen = null;
        while (System.nanoTime() < until) {
            seen = given().auth().oauth2(filer).when().get("/complaints/" + id + "/notifications").then()
                    .extract().path("items[" + index + "].status");
            if (status.equals(seen)) {
                return;
            }
            Thread.sleep(100);
        }
        assertEquals(status, seen);
    }
}
