package org.sanad.smscsimulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCoding;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.OptionalParameters;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.jsmpp.util.DeliveryReceiptState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SmscSimulatorTest {

    private static final String SYSTEM_ID = "sanad-test";
    private static final String PASSWORD = "secret";
    private static final String VICTIM = "+9647701234567";
    private static final byte UDHI = 0x40;

    private SmscSimulator smsc;
    private SMPPSession esme;
    private final BlockingQueue<DeliverSm> delivered = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws IOException {
        smsc = SmscSimulator.start(freePort(), freePort(), SYSTEM_ID, PASSWORD);
    }

    @AfterEach
    void stop() {
        if (esme != null) {
            esme.unbindAndClose();
        }
        smsc.stop();
    }

    @Test
    void aGsm7MessageIsKeptDecodedAndItsReceiptComesToTheTransceiver() throws Exception {
        bind(PASSWORD);
        String text = "Your reference SND-2026-0042 {update} costs 0 €, see https://sanad.example/t";

        String id = submit(VICTIM, Alphabet.ALPHA_DEFAULT, new ESMClass(), gsm7(text), true);

        ReceivedMessage message = smsc.received().get(0);
        assertEquals(VICTIM, message.to());
        assertEquals("SANAD", message.from());
        assertEquals(text, message.text());
        assertEquals(0, message.dataCoding());
        assertEquals(1, message.segments());
        assertEquals(id, message.messageId());
        assertEquals(SYSTEM_ID, message.systemId());

        DeliverSm receipt = delivered.poll(5, TimeUnit.SECONDS);
        assertTrue(receipt != null, "a delivery receipt within 5 s");
        assertTrue(MessageType.SMSC_DEL_RECEIPT.containedIn(receipt.getEsmClass()));
        DeliveryReceipt parsed = receipt.getShortMessageAsDeliveryReceipt();
        assertEquals(id, parsed.getId());
        assertEquals(DeliveryReceiptState.DELIVRD, parsed.getFinalStatus());
        assertEquals(id, ((OptionalParameter.COctetString) receipt.getOptionalParameter(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID)).getValueAsString());
    }

    @Test
    void anArabicMessageInUcs2IsKeptDecoded() throws Exception {
        bind(PASSWORD);
        String text = "سند: تم استلام طلبك رقم SND-2026-0042";

        submit(VICTIM, Alphabet.ALPHA_UCS2, new ESMClass(), text.getBytes(StandardCharsets.UTF_16BE), false);

        ReceivedMessage message = smsc.received().get(0);
        assertEquals(text, message.text());
        assertEquals(8, message.dataCoding());
        assertTrue(delivered.poll(300, TimeUnit.MILLISECONDS) == null, "no receipt when none was asked for");
    }

    @Test
    void twoPartsWithAUserDataHeaderArriveAsOneMessageWhateverTheirOrder() throws Exception {
        bind(PASSWORD);
        String first = "أ".repeat(67);
        String second = "ب".repeat(10);

        String secondId = submit(VICTIM, Alphabet.ALPHA_UCS2, new ESMClass(UDHI), withHeader(42, 2, 2, second), true);
        assertTrue(smsc.received().isEmpty(), "half a message is not a message yet");
        String firstId = submit(VICTIM, Alphabet.ALPHA_UCS2, new ESMClass(UDHI), withHeader(42, 2, 1, first), true);

        ReceivedMessage message = smsc.received().get(0);
        assertEquals(first + second, message.text());
        assertEquals(2, message.segments());
        assertEquals(List.of(firstId, secondId), message.messageIds());
        assertTrue(delivered.poll(5, TimeUnit.SECONDS) != null && delivered.poll(5, TimeUnit.SECONDS) != null,
                "a receipt for each part");
    }

    @Test
    void partsCarriedBySarParametersArriveAsOneMessage() throws Exception {
        bind(PASSWORD);
        for (int part = 1; part <= 2; part++) {
            esme.submitShortMessage("", TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "SANAD",
                    TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, VICTIM, new ESMClass(), (byte) 0, (byte) 0,
                    null, null, new RegisteredDelivery(0), (byte) 0, new GeneralDataCoding(Alphabet.ALPHA_DEFAULT), (byte) 0,
                    gsm7(part == 1 ? "first half, " : "second half"),
                    OptionalParameters.newSarMsgRefNum(7), OptionalParameters.newSarTotalSegments(2),
                    OptionalParameters.newSarSegmentSeqnum(part));
        }

        assertEquals("first half, second half", smsc.received().get(0).text());
    }

    @Test
    void aDestinationThatIsNoNumberIsRefused() throws Exception {
        bind(PASSWORD);

        NegativeResponseException refused = assertThrows(NegativeResponseException.class,
                () -> submit("victim", Alphabet.ALPHA_DEFAULT, new ESMClass(), gsm7("hello"), false));

        assertEquals(SMPPConstant.STAT_ESME_RINVDSTADR, refused.getCommandStatus());
        assertTrue(smsc.received().isEmpty());
    }

    @Test
    void aThrottledSubmitIsRefusedAndTheNextAccepted() throws Exception {
        bind(PASSWORD);
        smsc.throttle(1);

        NegativeResponseException refused = assertThrows(NegativeResponseException.class,
                () -> submit(VICTIM, Alphabet.ALPHA_DEFAULT, new ESMClass(), gsm7("hello"), false));
        submit(VICTIM, Alphabet.ALPHA_DEFAULT, new ESMClass(), gsm7("hello"), false);

        assertEquals(SMPPConstant.STAT_ESME_RTHROTTLED, refused.getCommandStatus());
        assertEquals(1, smsc.received().size());
    }

    @Test
    void anUndeliverableNumbersReceiptSaysSo() throws Exception {
        bind(PASSWORD);
        smsc.undeliverable(VICTIM);

        String id = submit(VICTIM, Alphabet.ALPHA_DEFAULT, new ESMClass(), gsm7("hello"), true);

        DeliveryReceipt receipt = delivered.poll(5, TimeUnit.SECONDS).getShortMessageAsDeliveryReceipt();
        assertEquals(id, receipt.getId());
        assertEquals(DeliveryReceiptState.UNDELIV, receipt.getFinalStatus());
    }

    @Test
    void aTransmittersReceiptGoesToTheReceiverOfTheSameEsme() throws Exception {
        esme = bind(BindType.BIND_TX, PASSWORD);
        SMPPSession receiver = bind(BindType.BIND_RX, PASSWORD);
        try {
            String id = submit(VICTIM, Alphabet.ALPHA_DEFAULT, new ESMClass(), gsm7("hello"), true);

            assertEquals(id, delivered.poll(5, TimeUnit.SECONDS).getShortMessageAsDeliveryReceipt().getId());
        } finally {
            receiver.unbindAndClose();
        }
    }

    @Test
    void aReceiptWithNoReceiverBoundWaitsForTheNextBind() throws Exception {
        esme = bind(BindType.BIND_TX, PASSWORD);
        String id = submit(VICTIM, Alphabet.ALPHA_DEFAULT, new ESMClass(), gsm7("hello"), true);
        assertTrue(delivered.poll(300, TimeUnit.MILLISECONDS) == null, "a transmitter takes no receipt");

        SMPPSession receiver = bind(BindType.BIND_RX, PASSWORD);
        try {
            assertEquals(id, delivered.poll(5, TimeUnit.SECONDS).getShortMessageAsDeliveryReceipt().getId());
        } finally {
            receiver.unbindAndClose();
        }
    }

    @Test
    void aBindWithTheWrongPasswordIsRefused() {
        assertThrows(IOException.class, () -> bind("not-the-password"));
        assertEquals(0, smsc.boundSessions());
    }

    @Test
    void aStopDropsTheSessionAndAStartBindsAgainWithTheMessagesKept() throws Exception {
        bind(PASSWORD);
        submit(VICTIM, Alphabet.ALPHA_DEFAULT, new ESMClass(), gsm7("before"), false);

        smsc.stop();
        long until = System.currentTimeMillis() + 5_000;
        while (esme.getSessionState().isBound() && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        assertTrue(!esme.getSessionState().isBound(), "the ESME sees the session gone");
        smsc.start();
        bind(PASSWORD);
        submit(VICTIM, Alphabet.ALPHA_DEFAULT, new ESMClass(), gsm7("after"), false);

        assertEquals(List.of("before", "after"), smsc.received().stream().map(ReceivedMessage::text).toList());
    }

    @Test
    void theHttpApiListsTheMessagesToANumberAndForgetsThem() throws Exception {
        bind(PASSWORD);
        submit(VICTIM, Alphabet.ALPHA_UCS2, new ESMClass(), "مرحبا".getBytes(StandardCharsets.UTF_16BE), false);
        submit("+9647700000000", Alphabet.ALPHA_DEFAULT, new ESMClass(), gsm7("someone else"), false);
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://localhost:" + smsc.httpPort();

        HttpResponse<String> toVictim = http.send(HttpRequest.newBuilder(URI.create(base + "/messages?to=%2B9647701234567")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        http.send(HttpRequest.newBuilder(URI.create(base + "/messages")).DELETE().build(), HttpResponse.BodyHandlers.discarding());

        assertEquals(200, toVictim.statusCode());
        assertTrue(toVictim.body().contains("\"text\":\"مرحبا\""), toVictim.body());
        assertTrue(!toVictim.body().contains("someone else"), toVictim.body());
        assertTrue(health.body().contains("\"boundSessions\":1"), health.body());
        assertTrue(smsc.received().isEmpty());
    }

    private void bind(String password) throws IOException {
        esme = bind(BindType.BIND_TRX, password);
    }

    /** A session of the test's ESME; what the SMSC delivers to it goes to {@link #delivered}. */
    private SMPPSession bind(BindType type, String password) throws IOException {
        SMPPSession session = new SMPPSession();
        session.setMessageReceiverListener(new MessageReceiverListener() {
            @Override
            public void onAcceptDeliverSm(DeliverSm deliverSm) {
                delivered.add(deliverSm);
            }

            @Override
            public void onAcceptAlertNotification(AlertNotification alertNotification) {
            }

            @Override
            public DataSmResult onAcceptDataSm(org.jsmpp.bean.DataSm dataSm, Session source) {
                return null;
            }
        });
        try {
            session.connectAndBind("localhost", smsc.smppPort(), new BindParameter(type, SYSTEM_ID, password,
                    "", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null));
        } catch (IOException e) {
            session.close();
            throw e;
        }
        return session;
    }

    private String submit(String to, Alphabet alphabet, ESMClass esmClass, byte[] message, boolean receipt) throws Exception {
        DataCoding coding = new GeneralDataCoding(alphabet);
        return esme.submitShortMessage("", TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "SANAD",
                TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, to, esmClass, (byte) 0, (byte) 0, null, null,
                new RegisteredDelivery(receipt ? SMSCDeliveryReceipt.SUCCESS_FAILURE : SMSCDeliveryReceipt.DEFAULT),
                (byte) 0, coding, (byte) 0, message).getMessageId();
    }

    /** Unpacked septets, as an ESME sends data_coding 0, for the test's texts (the escape characters among them). */
    private static byte[] gsm7(String text) {
        ByteBuffer out = ByteBuffer.allocate(text.length() * 2);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '{' -> out.put((byte) 0x1B).put((byte) 0x28);
                case '}' -> out.put((byte) 0x1B).put((byte) 0x29);
                case '€' -> out.put((byte) 0x1B).put((byte) 0x65);
                case '@' -> out.put((byte) 0x00);
                case '_' -> out.put((byte) 0x11);
                default -> {
                    if (c > 0x7F || c == '$' || c == '`') {
                        throw new IllegalArgumentException("not in the test's GSM subset: " + c);
                    }
                    out.put((byte) c);
                }
            }
        }
        byte[] septets = new byte[out.position()];
        out.flip().get(septets);
        return septets;
    }

    private static byte[] withHeader(int reference, int total, int sequence, String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16BE);
        ByteBuffer out = ByteBuffer.allocate(6 + body.length);
        out.put(new byte[] {5, 0, 3, (byte) reference, (byte) total, (byte) sequence}).put(body);
        return out.array();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
