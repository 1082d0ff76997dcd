package org.sanad.smscsimulator;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageState;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.util.DeliveryReceiptState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivery receipts: a deliver_sm with the SMSC delivery receipt esm_class and the customary
 * {@code id:… sub:001 dlvrd:001 submit date:… done date:… stat:DELIVRD err:000 text:} text, plus the
 * receipted_message_id and message_state TLVs, sent to a receiver or transceiver session of the ESME
 * once the submit_sm_resp is out. With no such session bound the receipt waits for the next bind,
 * as an SMSC keeps it.
 */
final class Receipts {

    private static final Logger LOG = LoggerFactory.getLogger(Receipts.class);

    private static final int RECEIPT_SUCCESS_AND_FAILURE = 0x01;
    private static final int RECEIPT_FAILURE_ONLY = 0x02;

    /** A receipt owed for one part. */
    record Owed(String systemId, String messageId, String to, String from, DeliveryReceiptState state, Instant submittedAt) {
    }

    private final Clock clock;

    private final ExecutorService sender;

    /** The bound session of each ESME that can take a deliver_sm, by system_id. */
    private final Function<String, SMPPServerSession> receiverOf;

    /** Numbers whose messages the simulated network fails to deliver (receipt UNDELIV). */
    private final Set<String> undeliverable = ConcurrentHashMap.newKeySet();

    /** Accepted, waiting for the submit_sm_resp to go out. */
    private final Map<String, Owed> awaitingResponse = new ConcurrentHashMap<>();

    /** Nobody to give them to yet, by system_id. */
    private final Map<String, Queue<Owed>> undelivered = new ConcurrentHashMap<>();

    Receipts(Clock clock, ExecutorService sender, Function<String, SMPPServerSession> receiverOf) {
        this.clock = clock;
        this.sender = sender;
        this.receiverOf = receiverOf;
    }

    void undeliverable(String number) {
        undeliverable.add(number.replaceFirst("^\\+", ""));
    }

    /** Owes a receipt for this part if the submit_sm's registered_delivery asks for one with this outcome. */
    void owe(String systemId, String messageId, SubmittedPart part, int registeredDelivery) {
        DeliveryReceiptState state = undeliverable.contains(part.to().replaceFirst("^\\+", ""))
                ? DeliveryReceiptState.UNDELIV : DeliveryReceiptState.DELIVRD;
        int asked = registeredDelivery & 0x03;
        if (asked == RECEIPT_SUCCESS_AND_FAILURE || (asked == RECEIPT_FAILURE_ONLY && state != DeliveryReceiptState.DELIVRD)) {
            awaitingResponse.put(messageId, new Owed(systemId, messageId, part.to(), part.from(), state, clock.instant()));
        }
    }

    /** The submit_sm_resp for {@code messageId} is out: its receipt may follow. */
    void responded(String messageId) {
        Owed owed = awaitingResponse.remove(messageId);
        if (owed != null) {
            sender.execute(() -> send(owed));
        }
    }

    void responseFailed(String messageId) {
        awaitingResponse.remove(messageId);
    }

    /** An ESME bound to receive: what waited for it goes now. */
    void bound(String systemId) {
        Queue<Owed> waiting = undelivered.remove(systemId);
        if (waiting != null) {
            waiting.forEach(owed -> sender.execute(() -> send(owed)));
        }
    }

    private void send(Owed owed) {
        SMPPServerSession session = receiverOf.apply(owed.systemId());
        if (session == null) {
            keep(owed);
            return;
        }
        boolean delivered = owed.state() == DeliveryReceiptState.DELIVRD;
        DeliveryReceipt receipt = new DeliveryReceipt(owed.messageId(), 1, delivered ? 1 : 0,
                Date.from(owed.submittedAt()), Date.from(clock.instant()), owed.state(), delivered ? "000" : "001", "");
        try {
            session.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, owed.to(),
                    TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, owed.from(),
                    new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT),
                    (byte) 0, (byte) 0, new RegisteredDelivery(0), GeneralDataCoding.DEFAULT,
                    receipt.toString().getBytes(StandardCharsets.US_ASCII),
                    new OptionalParameter.Receipted_message_id(owed.messageId()),
                    new OptionalParameter.Message_state((delivered ? MessageState.DELIVERED : MessageState.UNDELIVERABLE).value()));
        } catch (Exception e) {
            LOG.warn("Receipt for message {} not delivered to {} ({}); kept for its next bind", owed.messageId(),
                    owed.systemId(), e.toString());
            keep(owed);
        }
    }

    private void keep(Owed owed) {
        undelivered.computeIfAbsent(owed.systemId(), id -> new ConcurrentLinkedQueue<>()).add(owed);
    }
}
