package org.sanad.complaints.notify;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;
import static org.sanad.complaints.Fixtures.etagOf;
import static org.sanad.complaints.Fixtures.triage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanad.complaints.CasesStub;
import org.sanad.complaints.Fixtures;
import org.sanad.complaints.push.PushSubscription;
import org.sanad.complaints.push.TestPushService;
import org.sanad.complaints.risk.DutyAlert;
import org.sanad.handoff.OutboxEvent;
import org.sanad.handoff.OutboxRelay;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/**
 * The victim chooses how to be told, and is told each step once on that channel (here Web Push
 * against a push service that decrypts what it receives); who may see the choice and the
 * messages; the contact erased after closure; duty alerts queued for the configured contact.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class NotificationChoiceTest {

    private static final String GOVERNORATE = "IQ-KI";
    private static final String OFFICER = TOKENS.officer("intake-officer", GOVERNORATE);
    private static final String SUPERVISOR = TOKENS.officer("supervisor", GOVERNORATE);
    private static final String FOREIGN_OFFICER = TOKENS.officer("intake-officer", "IQ-BG");
    private static final String CASES = TOKENS.service("cases-service");

    static TestPushService pushService;

    @Inject
    OutboxRelay relay;

    @Inject
    ContactErasure erasure;

    @Inject
    Event<DutyAlert> alerts;

    @Inject
    ObjectMapper json;

    @Inject
    MeterRegistry meters;

    @BeforeAll
    static void startPushService() throws IOException {
        pushService = new TestPushService();
    }

    @AfterAll
    static void stopPushService() {
        pushService.close();
    }

    private static Map<String, Object> subscription(PushSubscription browser) {
        return Map.of("endpoint", browser.endpoint(), "p256dh", browser.p256dh(), "auth", browser.auth());
    }

    private static Map<String, Object> withChoice(Map<String, Object> choice) {
        Map<String, Object> complaint = complaint(GOVERNORATE);
        complaint.put("notifications", choice);
        return complaint;
    }

    private static ExtractableResponse<Response> fileAnonymously(Map<String, Object> complaint) {
        return given().contentType(ContentType.JSON).body(complaint).when().post("/anonymous-complaints").then()
                .statusCode(201).extract();
    }

    private static ValidatableResponse notificationsOf(String token, String id) {
        return given().auth().oauth2(token).when().get("/complaints/" + id + "/notifications").then();
    }

    private Map<String, Object> pushed(PushSubscription browser, int index) throws IOException {
        TestPushService.Received received = pushService.receivedBy(browser).get(index);
        assertNull(received.refusal());
        return json.readValue(new String(received.plaintext(), StandardCharsets.UTF_8), Map.class);
    }

    @Test
    void aCitizenChoosingSmsAtFilingIsToldOnTheVictimsPhoneWhichNoOneSeesWhole() {
        String filer = TOKENS.citizen("notify-sms-citizen");
        String id = Fixtures.file(filer, withChoice(Map.of("channel", "SMS", "language", "ar"))).statusCode(201)
                .extract().path("id");

        given().auth().oauth2(filer).when().get("/complaints/" + id + "/notification-choice").then().statusCode(200)
                .body("channel", equalTo("SMS"))
                .body("language", equalTo("ar"))
                .body("phoneEnding", equalTo("…67"))
                .body("pushRegistered", equalTo(false))
                .body("erasedAt", nullValue())
                .body("phone", nullValue());
        notificationsOf(filer, id).statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].event", equalTo("RECEIVED"))
                .body("items[0].channel", equalTo("SMS"))
                .body("items[0].status", equalTo("QUEUED"))
                .body("items[0].queuedAt", notNullValue());
    }

    @Test
    void theVictimIsToldEachStepOnceInTheirLanguageWithANeutralTextAndTheTrackingLink() throws IOException {
        PushSubscription browser = pushService.subscribe();
        String filer = TOKENS.citizen("notify-push-citizen");
        var filed = Fixtures.file(filer, withChoice(Map.of("channel", "WEB_PUSH", "language", "en",
                "pushSubscription", subscription(browser)))).statusCode(201).extract();
        String id = filed.path("id");
        String trackingNumber = filed.path("trackingNumber");
        relay.relayDue();

        Map<String, Object> received = pushed(browser, 0);
        assertEquals("Update", received.get("title"));
        assertEquals("Your request " + trackingNumber + " has been registered. Follow it here: https://sanad.example.iq/t",
                received.get("body"));
        assertEquals("https://sanad.example.iq/t", received.get("url"));

        triage(OFFICER, id, etagOf(OFFICER, id), Map.of("outcome", "UNDER_REVIEW")).statusCode(200);
        triage(OFFICER, id, etagOf(OFFICER, id), Map.of("outcome", "NEEDS_INFORMATION", "question", "When did it start?"))
                .statusCode(200);
        relay.relayDue();
        relay.relayDue();
        assertEquals(3, pushService.receivedBy(browser).size());
        assertEquals("A question about your request " + trackingNumber + " is waiting for you: https://sanad.example.iq/t",
                pushed(browser, 2).get("body"));

        notificationsOf(filer, id).statusCode(200)
                .body("items.event", equalTo(List.of("RECEIVED", "UNDER_REVIEW", "QUESTION_ASKED")))
                .body("items.status", equalTo(List.of("SENT", "SENT", "SENT")))
                .body("items.channel", equalTo(List.of("WEB_PUSH", "WEB_PUSH", "WEB_PUSH")))
                .body("items[0].sentAt", notNullValue());
        given().auth().oauth2(filer).when().get("/complaints/" + id + "/notification-choice").then()
                .body("channel", equalTo("WEB_PUSH"))
                .body("pushRegistered", equalTo(true))
                .body("phoneEnding", nullValue());
    }

    @Test
    void aSubscriptionThePushServiceSaysIsGoneFailsTheMessageForTheOperatorsAndIsCounted() {
        double failedBefore = failedCount("RECEIVED", "WEB_PUSH");
        PushSubscription browser = pushService.subscribe();
        pushService.answerNext(browser, new TestPushService.Answer(410, Map.of(), "gone"));
        String filer = TOKENS.citizen("notify-push-gone");
        String id = Fixtures.file(filer, withChoice(Map.of("channel", "WEB_PUSH", "language", "ar",
                "pushSubscription", subscription(browser)))).statusCode(201).extract().path("id");

        relay.relayDue();

        notificationsOf(filer, id).body("items.status", equalTo(List.of("FAILED")));
        UUID event = QuarkusTransaction.requiringNew().call(() -> Notification.<Notification> find("complaintId",
                UUID.fromString(id)).firstResult().outboxEventId);
        assertEquals(OutboxEvent.Status.DEAD,
                QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent> findById(event).status),
                "in the operators' dead events");
        assertEquals(failedBefore + 1, failedCount("RECEIVED", "WEB_PUSH"));
    }

    private double failedCount(String event, String channel) {
        Counter counter = meters.find("sanad.notifications.failed").tag("event", event).tag("channel", channel).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void aCaseAnnouncedAgainUnderTheSameOrANewDeliveryIdTellsTheVictimOnce() {
        PushSubscription browser = pushService.subscribe();
        String filer = TOKENS.citizen("notify-case-citizen");
        String id = Fixtures.file(filer, withChoice(Map.of("channel", "WEB_PUSH", "language", "fr",
                "pushSubscription", subscription(browser)))).statusCode(201).extract().path("id");
        triage(OFFICER, id, etagOf(OFFICER, id), Map.of("outcome", "UNDER_REVIEW")).statusCode(200);
        triage(OFFICER, id, etagOf(OFFICER, id), Map.of("outcome", "ACCEPTED")).statusCode(200);

        Instant arrest = Instant.now().plusSeconds(5);
        Map<String, Object> arrested = caseUpdate(id, UUID.randomUUID(), "ARREST_MADE", arrest);
        announce(arrested);
        announce(arrested);
        announce(caseUpdate(id, UUID.randomUUID(), "ARREST_MADE", arrest));
        announce(caseUpdate(id, UUID.randomUUID(), "ARREST_MADE", arrest.plusSeconds(1)));
        announce(caseUpdate(id, UUID.randomUUID(), "REFERRED_TO_COURT", arrest.plusSeconds(2)));

        notificationsOf(filer, id).statusCode(200).body("items.event",
                equalTo(List.of("RECEIVED", "UNDER_REVIEW", "ACCEPTED", "ARREST_MADE", "REFERRED_TO_COURT")));
        relay.relayDue();
        relay.relayDue();
        assertEquals(5, pushService.receivedBy(browser).size());
    }

    private static Map<String, Object> caseUpdate(String complaintId, UUID deliveryId, String status, Instant at) {
        return Map.of("deliveryId", deliveryId.toString(), "caseId", "0b6d3f1e-7a41-4c55-9a53-5d2f7f1c0a12",
                "caseNumber", "KI-2026-00001", "complaintIds", List.of(complaintId), "investigationStatus", status,
                "changedAt", at.toString());
    }

    private static void announce(Map<String, Object> update) {
        given().auth().oauth2(CASES).contentType(ContentType.JSON).body(update).when().post("/case-updates").then()
                .statusCode(204);
    }

    @Test
    void onlyTheFilerSeesTheChoiceAndOnlyTheFilerAndTheGovernoratesIntakeSeeTheMessages() {
        String filer = TOKENS.citizen("notify-owner");
        String id = Fixtures.file(filer, withChoice(Map.of("channel", "SMS", "language", "en"))).statusCode(201)
                .extract().path("id");
        String stranger = TOKENS.citizen("notify-stranger");

        given().auth().oauth2(stranger).when().get("/complaints/" + id + "/notification-choice").then().statusCode(404);
        given().auth().oauth2(stranger).contentType(ContentType.JSON).body(Map.of("channel", "NONE", "language", "en"))
                .when().put("/complaints/" + id + "/notification-choice").then().statusCode(404);
        given().auth().oauth2(stranger).when().delete("/complaints/" + id + "/notification-choice").then().statusCode(404);
        notificationsOf(stranger, id).statusCode(404);
        given().auth().oauth2(OFFICER).when().get("/complaints/" + id + "/notification-choice").then().statusCode(403);

        notificationsOf(OFFICER, id).statusCode(200).body("items", hasSize(1));
        notificationsOf(SUPERVISOR, id).statusCode(200).body("items", hasSize(1));
        notificationsOf(FOREIGN_OFFICER, id).statusCode(403);
        notificationsOf(TOKENS.officer("investigator", GOVERNORATE), id).statusCode(403);

        given().auth().oauth2(TOKENS.withRoles("auditor-3", "auditor")).queryParam("recordId", id)
                .when().get("/audit-entries").then()
                .body("items.findAll { it.action == 'notification.list' && it.outcome == 'SUCCESS' }.size()", equalTo(2));
    }

    @Test
    void aChoiceIsCheckedBeforeItIsKept() {
        String filer = TOKENS.citizen("notify-checks");
        Map<String, Object> noPhone = complaint(GOVERNORATE);
        Fixtures.victimOf(noPhone).remove("contactPhone");
        String id = Fixtures.file(filer, noPhone).statusCode(201).extract().path("id");
        String path = "/complaints/" + id + "/notification-choice";

        given().auth().oauth2(filer).when().get(path).then().statusCode(200)
                .body("channel", equalTo("NONE")).body("language", nullValue());
        given().auth().oauth2(filer).contentType(ContentType.JSON).body(Map.of("channel", "SMS", "language", "en"))
                .when().put(path).then().statusCode(400).body("errors[0].field", equalTo("phone"));
        given().auth().oauth2(filer).contentType(ContentType.JSON)
                .body(Map.of("channel", "SMS", "language", "en", "phone", "not a phone"))
                .when().put(path).then().statusCode(400).body("errors[0].field", equalTo("phone"));
        given().auth().oauth2(filer).contentType(ContentType.JSON).body(Map.of("channel", "SMS", "language", "de",
                "phone", "+9647709998877")).when().put(path).then().statusCode(400)
                .body("errors[0].field", equalTo("language"));
        given().auth().oauth2(filer).contentType(ContentType.JSON).body(Map.of("channel", "WEB_PUSH", "language", "en",
                "pushSubscription", Map.of("endpoint", "https://attacker.example/push", "p256dh", "x", "auth", "y")))
                .when().put(path).then().statusCode(400);
        given().auth().oauth2(filer).when().get(path).then().body("channel", equalTo("NONE"));

        given().auth().oauth2(filer).contentType(ContentType.JSON)
                .body(Map.of("channel", "SMS", "language", "ckb", "phone", "0770 999 8877"))
                .when().put(path).then().statusCode(200)
                .body("channel", equalTo("SMS")).body("language", equalTo("ckb")).body("phoneEnding", equalTo("…77"));
        Map<String, Object> filingWithBadPhone = withChoice(Map.of("channel", "SMS", "language", "en", "phone", "12"));
        Fixtures.file(filer, filingWithBadPhone).statusCode(400)
                .body("errors[0].field", equalTo("notifications.phone"));
    }

    @Test
    void anAnonymousFilerRegistersAChannelWithTheSecretAndItIsErasedOnceTheComplaintCloses() {
        PushSubscription browser = pushService.subscribe();
        var filed = fileAnonymously(complaint(GOVERNORATE));
        String number = filed.path("trackingNumber");
        String secret = filed.path("secret");
        String path = "/tracking/" + number + "/notification-choice";

        given().header("X-Tracking-Secret", "WRONG" + secret.substring(5)).contentType(ContentType.JSON)
                .body(Map.of("channel", "WEB_PUSH", "language", "ar", "pushSubscription", subscription(browser)))
                .when().put(path).then().statusCode(404);
        given().header("X-Tracking-Secret", "WRONG" + secret.substring(5)).when().get(path).then().statusCode(404);
        given().header("X-Tracking-Secret", "WRONG" + secret.substring(5)).when()
                .get("/tracking/" + number + "/notifications").then().statusCode(404);

        given().header("X-Tracking-Secret", secret).contentType(ContentType.JSON)
                .body(Map.of("channel", "WEB_PUSH", "language", "ar", "pushSubscription", subscription(browser)))
                .when().put(path).then().statusCode(200).body("pushRegistered", equalTo(true));
        String etag = given().header("X-Tracking-Secret", secret).when().get("/tracking/" + number).then()
                .extract().header("ETag");
        given().header("X-Tracking-Secret", secret).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of()).when().post("/tracking/" + number + "/withdrawal").then().statusCode(200);

        assertEquals(0, erasure.eraseDue(), "not before the withdrawal's confirmation has left");
        relay.relayDue();
        assertEquals("أُغلق طلبك " + number + " كما طلبت: https://sanad.example.iq/t",
                assertPushed(browser).get("body"));
        assertEquals(1, erasure.eraseDue());
        assertEquals(0, erasure.eraseDue(), "once");

        given().header("X-Tracking-Secret", secret).when().get(path).then().statusCode(200)
                .body("channel", equalTo("WEB_PUSH"))
                .body("pushRegistered", equalTo(false))
                .body("erasedAt", notNullValue());
        given().header("X-Tracking-Secret", secret).when().get("/tracking/" + number + "/notifications").then()
                .statusCode(200).body("items.event", equalTo(List.of("WITHDRAWN")))
                .body("items.status", equalTo(List.of("SENT")));
        given().header("X-Tracking-Secret", secret).contentType(ContentType.JSON)
                .body(Map.of("channel", "WEB_PUSH", "language", "ar", "pushSubscription", subscription(browser)))
                .when().put(path).then().statusCode(409);
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) VictimContact.getEntityManager()
                .createNativeQuery("select coalesce(phone, '') || coalesce(push_subscription, '') from victim_contact "
                        + "vc join complaint c on c.id = vc.complaint_id where c.tracking_number = :n")
                .setParameter("n", number).getSingleResult());
        assertEquals("", stored);
    }

    private Map<String, Object> assertPushed(PushSubscription browser) {
        try {
            List<TestPushService.Received> received = pushService.receivedBy(browser);
            assertEquals(1, received.size());
            return pushed(browser, 0);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void stoppingErasesTheContactAtOnceAndWhatWasQueuedIsNotSent() {
        PushSubscription browser = pushService.subscribe();
        String filer = TOKENS.citizen("notify-stop");
        String id = Fixtures.file(filer, withChoice(Map.of("channel", "WEB_PUSH", "language", "en",
                "pushSubscription", subscription(browser)))).statusCode(201).extract().path("id");

        given().auth().oauth2(filer).when().delete("/complaints/" + id + "/notification-choice").then().statusCode(204);
        relay.relayDue();

        assertEquals(0, pushService.receivedBy(browser).size());
        notificationsOf(filer, id).body("items.status", equalTo(List.of("SKIPPED")));
        given().auth().oauth2(filer).when().get("/complaints/" + id + "/notification-choice").then()
                .body("channel", equalTo("NONE")).body("erasedAt", notNullValue()).body("pushRegistered", equalTo(false));
        triage(OFFICER, id, etagOf(OFFICER, id), Map.of("outcome", "UNDER_REVIEW")).statusCode(200);
        notificationsOf(filer, id).body("items", hasSize(1));
    }

    @Test
    void aDutyAlertQueuesOneSafetySmsForTheGovernoratesDutyContactOncePerKey() {
        String id = Fixtures.fileAs("notify-duty", complaint(GOVERNORATE));
        UUID complaintId = UUID.fromString(id);
        DutyAlert alert = new DutyAlert(complaintId, "IQ-2026-XXXX-XXXX", GOVERNORATE, DutyAlert.Level.INTAKE,
                EnumSet.of(DutyAlert.Reason.SELF_HARM), "filed:" + id);
        QuarkusTransaction.requiringNew().run(() -> alerts.fire(alert));
        QuarkusTransaction.requiringNew().run(() -> alerts.fire(alert));
        QuarkusTransaction.requiringNew().run(() -> alerts.fire(new DutyAlert(complaintId, "IQ-2026-XXXX-XXXX",
                GOVERNORATE, DutyAlert.Level.NATIONAL, EnumSet.of(DutyAlert.Reason.TRIAGE_OVERDUE), "national:" + id)));

        List<Notification> duty = QuarkusTransaction.requiringNew().call(() -> Notification.<Notification> list(
                "complaintId = ?1 and audience = ?2", complaintId, Audience.DUTY));
        assertEquals(1, duty.size(), "once per key; no national contact is configured here");
        assertEquals("DUTY_INTAKE", duty.get(0).event);
        assertEquals(NotificationChannel.SMS, duty.get(0).channel);
        assertEquals(true, duty.get(0).safety);
        assertNull(duty.get(0).notBefore);
        notificationsOf(OFFICER, id).body("items", hasSize(0));
    }

    @Test
    void aGovernorateWithoutADutyContactIsWarnedOfOnceByItsSettingAndNothingIsQueued() {
        String id = Fixtures.fileAs("notify-no-duty-contact", complaint("IQ-NA"));
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(String.valueOf(record.getMessage()) + " " + Arrays.toString(record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            for (String key : List.of("first:" + id, "second:" + id)) {
                QuarkusTransaction.requiringNew().run(() -> alerts.fire(new DutyAlert(UUID.fromString(id), "ignored",
                        "IQ-NA", DutyAlert.Level.SUPERVISOR, EnumSet.of(DutyAlert.Reason.TRIAGE_OVERDUE), key)));
            }
        } finally {
            root.removeHandler(capture);
        }

        List<String> warnings = lines.stream().filter(line -> line.contains("notifications.duty-contacts.\"IQ-NA\"")).toList();
        assertEquals(1, warnings.size(), lines.toString());
        assertTrue(!warnings.get(0).contains(id), warnings.get(0));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Notification.count("complaintId = ?1 and audience = ?2",
                UUID.fromString(id), Audience.DUTY)));
    }
}
