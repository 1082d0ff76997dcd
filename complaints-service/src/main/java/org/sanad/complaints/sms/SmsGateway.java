package org.sanad.complaints.sms;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.SMPPSession;
import org.sanad.complaints.config.SmsConfig;

import io.quarkus.logging.Log;

/**
 * Sends a text to a phone through the operator's SMSC (SMPP 3.4 submit_sm on the one transceiver
 * session, {@link SmscConnection}), with a final delivery receipt asked for each part. GSM 03.38 when
 * the text allows it, else UCS-2; a long text as concatenated parts with an 8-bit reference. A caller
 * never waits longer than {@code sms.submit-timeout}. Neither the number nor the text is logged:
 * only the message ids.
 */
@ApplicationScoped
public class SmsGateway {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    /** esm_class: the short message starts with a user data header. */
    private static final byte UDHI = 0x40;

    /** Refusals that would be refused again: this message to this number will never go. */
    private static final Set<Integer> REFUSED_FOR_GOOD = Set.of(SMPPConstant.STAT_ESME_RINVDSTADR,
            SMPPConstant.STAT_ESME_RINVDSTTON, SMPPConstant.STAT_ESME_RINVDSTNPI, SMPPConstant.STAT_ESME_RINVMSGLEN,
            SMPPConstant.STAT_ESME_RX_R_APPN);

    private final SmsConfig config;

    private final SmscConnection smsc;

    private final AtomicInteger references = new AtomicInteger(new SecureRandom().nextInt(256));

    private final ExecutorService submitter = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "sms-submit");
        thread.setDaemon(true);
        return thread;
    });

    SmsGateway(SmsConfig config, SmscConnection smsc) {
        this.config = config;
        this.smsc = smsc;
    }

    /** Whether SMS is configured ({@code sms.enabled}); when not, every submission is unavailable. */
    public boolean enabled() {
        return config.enabled();
    }

    /**
     * @param recipient E.164 with its +, e.g. +9647701234567
     * @throws SmsUnavailable not now (off, no session, no answer in time, throttled, queue full): try again later
     * @throws SmsRefused never (invalid destination and the like)
     */
    public SmsSubmission submit(String recipient, String text) throws SmsUnavailable, SmsRefused {
        if (!config.enabled()) {
            throw new SmsUnavailable("SMS is off (sms.enabled=false)");
        }
        if (recipient == null || !E164.matcher(recipient).matches()) {
            throw new SmsRefused(SMPPConstant.STAT_ESME_RINVDSTADR, "The recipient is not an E.164 number");
        }
        Duration timeout = config.submitTimeout();
        long deadline = System.nanoTime() + timeout.toNanos();
        SMPPSession session = smsc.bound(timeout);
        SmsEncoding encoding = SmsText.encoding(text);
        List<String> parts = SmsText.parts(text);
        Future<List<String>> sent = submitter.submit(() -> send(session, recipient.substring(1), encoding, parts));
        try {
            List<String> messageIds = sent.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            Log.infof("SMS accepted by the SMSC as %s (%d part(s), %s)", messageIds, parts.size(), encoding);
            return new SmsSubmission(messageIds, parts.size(), encoding);
        } catch (TimeoutException e) {
            sent.cancel(true);
            throw new SmsUnavailable("The SMSC did not accept the message within " + timeout);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SmsRefused refused) {
                throw refused;
            }
            if (e.getCause() instanceof SmsUnavailable unavailable) {
                throw unavailable;
            }
            throw new SmsUnavailable("submit_sm failed: " + e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsUnavailable("Interrupted while submitting");
        }
    }

    @PreDestroy
    void close() {
        submitter.shutdownNow();
    }

    private List<String> send(SMPPSession session, String destination, SmsEncoding encoding, List<String> parts)
            throws SmsUnavailable, SmsRefused {
        int reference = references.incrementAndGet() & 0xFF;
        List<String> messageIds = new ArrayList<>(parts.size());
        for (int part = 1; part <= parts.size(); part++) {
            byte[] userData = SmsText.encode(parts.get(part - 1), encoding);
            ESMClass esmClass = new ESMClass();
            if (parts.size() > 1) {
                userData = withHeader(reference, parts.size(), part, userData);
                esmClass = new ESMClass(UDHI);
            }
            messageIds.add(submitPart(session, destination, esmClass, encoding, userData));
        }
        return messageIds;
    }

    private String submitPart(SMPPSession session, String destination, ESMClass esmClass, SmsEncoding encoding,
            byte[] userData) throws SmsUnavailable, SmsRefused {
        try {
            return session.submitShortMessage("", TypeOfNumber.valueOf((byte) config.sourceTon()),
                    NumberingPlanIndicator.valueOf((byte) config.sourceNpi()), config.sourceAddress(),
                    TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, destination, esmClass, (byte) 0, (byte) 0,
                    null, null, new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), (byte) 0,
                    new GeneralDataCoding(encoding == SmsEncoding.GSM7 ? Alphabet.ALPHA_DEFAULT
                            : Alphabet.ALPHA_UCS2), (byte) 0, userData)
                    .getMessageId();
        } catch (NegativeResponseException e) {
            String status = String.format("command_status 0x%02X", e.getCommandStatus());
            if (REFUSED_FOR_GOOD.contains(e.getCommandStatus())) {
                throw new SmsRefused(e.getCommandStatus(), "The SMSC refused the message: " + status);
            }
            throw new SmsUnavailable("The SMSC did not take the message now: " + status);
        } catch (ResponseTimeoutException e) {
            throw new SmsUnavailable("No submit_sm_resp in time");
        } catch (PDUException | InvalidResponseException | IOException e) {
            // not the exception itself: a PDU exception's message may quote the destination
            throw new SmsUnavailable("submit_sm failed: " + e.getClass().getSimpleName());
        }
    }

    /** The 8-bit-reference concatenation header (IEI 0x00) before a part's user data. */
    private static byte[] withHeader(int reference, int total, int part, byte[] userData) {
        return ByteBuffer.allocate(6 + userData.length)
                .put(new byte[] {5, 0x00, 3, (byte) reference, (byte) total, (byte) part})
                .put(userData)
                .array();
    }
}
