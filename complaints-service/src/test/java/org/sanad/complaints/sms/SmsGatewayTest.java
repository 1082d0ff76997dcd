package org.sanad.complaints.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.jsmpp.SMPPConstant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanad.complaints.CasesStub;
import org.sanad.smscsimulator.ReceivedMessage;
import org.sanad.smscsimulator.SmscSimulator;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** SMS through a real SMPP server (the SMSC simulator), checked at the server. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
@WithTestResource(SmscTestResource.class)
class SmsGatewayTest {

    private static final String VICTIM = "+9647701234567";

    @Inject
    SmsGateway sms;

    @Inject
    DeliveryReportsSeen reports;

    private final SmscSimulator smsc = SmscTestResource.smsc();

    @BeforeEach
    void emptySmsc() throws Exception {
        smsc.start();
        smsc.clear();
    }

    @Test
    void aLatinTextGoesInTheGsmAlphabetAndArrivesAsWritten() throws Exception {
        String text = "Your report SND-7Q2K was received. Follow it: https://sanad.example/t {ref} [1] ~5€";

        SmsSubmission submission = sms.submit(VICTIM, text);

        ReceivedMessage received = only(smsc.receivedBy(VICTIM));
        assertEquals(text, received.text());
        assertEquals(0, received.dataCoding());
        assertEquals("9647701234567", received.to());
        assertEquals("Info", received.from());
        assertEquals(SmscTestResource.SYSTEM_ID, received.systemId());
        assertEquals(new SmsSubmission(received.messageIds(), 1, SmsEncoding.GSM7), submission);
    }

    @Test
    void anArabicTextGoesInUcs2AndArrivesAsWritten() throws Exception {
        String text = "سند: وصل بلاغك SND-7Q2K. تابعه على https://sanad.example/t";

        SmsSubmission submission = sms.submit(VICTIM, text);

        ReceivedMessage received = only(smsc.receivedBy(VICTIM));
        assertEquals(text, received.text());
        assertEquals(8, received.dataCoding());
        assertEquals(SmsEncoding.UCS2, submission.encoding());
    }

    @Test
    void aTextLongerThanOneMessageArrivesWholeFromTwoParts() throws Exception {
        String text = "تم تحديث بلاغك. ".repeat(5) + "SND-7Q2K";

        SmsSubmission submission = sms.submit(VICTIM, text);

        ReceivedMessage received = only(smsc.receivedBy(VICTIM));
        assertEquals(text, received.text());
        assertEquals(2, received.segments());
        assertEquals(2, submission.segments());
        assertEquals(received.messageIds(), submission.messageIds());
    }

    @Test
    void theSmscsReceiptIsFiredAsADeliveryReportWithTheMessageId() throws Exception {
        Instant before = Instant.now().minusSeconds(60);

        String messageId = sms.submit(VICTIM, "Your report SND-7Q2K was received.").messageIds().get(0);

        SmsDeliveryReport report = reports.awaitFor(messageId, Duration.ofSeconds(10)).orElseThrow();
        assertEquals("DELIVRD", report.state());
        assertTrue(!report.doneAt().isBefore(before), report.doneAt() + " is the receipt's done date");
    }

    @Test
    void aReceiptThatSaysUndeliverableIsReportedSo() throws Exception {
        String unreachable = "+9647709999999";
        smsc.undeliverable(unreachable);

        String messageId = sms.submit(unreachable, "Your report SND-7Q2K was received.").messageIds().get(0);

        assertEquals("UNDELIV", reports.awaitFor(messageId, Duration.ofSeconds(10)).orElseThrow().state());
    }

    @Test
    void aNumberThatIsNoE164NumberIsRefusedForGood() {
        SmsRefused refused = assertThrows(SmsRefused.class, () -> sms.submit("07701234567", "hello"));

        assertEquals(SMPPConstant.STAT_ESME_RINVDSTADR, refused.commandStatus());
        assertTrue(smsc.received().isEmpty());
    }

    @Test
    void aThrottlingSmscMakesTheMessageUnavailableForNowAndTheNextGoes() throws Exception {
        smsc.throttle(1);

        assertThrows(SmsUnavailable.class, () -> sms.submit(VICTIM, "first"));
        sms.submit(VICTIM, "second");

        assertEquals(List.of("second"), smsc.receivedBy(VICTIM).stream().map(ReceivedMessage::text).toList());
    }

    @Test
    void duringAnOutageTheMessageIsUnavailableInTimeAndAfterItTheServiceBindsAgain() throws Exception {
        smsc.stop();
        long start = System.nanoTime();

        assertThrows(SmsUnavailable.class, () -> sms.submit(VICTIM, "during the outage"));
        Duration waited = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(waited.compareTo(Duration.ofSeconds(11)) < 0, "answered in " + waited);

        smsc.start();
        SmsSubmission after = null;
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (after == null && System.nanoTime() < until) {
            try {
                after = sms.submit(VICTIM, "after the outage");
            } catch (SmsUnavailable stillRebinding) {
                Thread.sleep(200);
            }
        }
        assertTrue(after != null, "sent within 30 s of the SMSC's return");
        assertEquals(List.of("after the outage"), smsc.receivedBy(VICTIM).stream().map(ReceivedMessage::text).toList());
    }

    private static ReceivedMessage only(List<ReceivedMessage> received) {
        assertEquals(1, received.size(), received.toString());
        return received.get(0);
    }
}
