package org.sanad.complaints.sms;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jsmpp.bean.BindType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;
import org.sanad.complaints.config.SmsConfig;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * The one transceiver session with the SMSC: bound when the service starts (on its own thread, so
 * an absent SMSC never holds up the start), kept alive by enquire_link, and bound again when lost,
 * at once and then after a doubling wait ({@code sms.reconnect-min} to {@code sms.reconnect-max}),
 * one warning per failed attempt.
 */
@ApplicationScoped
class SmscConnection {

    private final SmsConfig config;

    private final DeliveryReceipts receipts;

    private final ScheduledExecutorService connector = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "smsc-connector");
        thread.setDaemon(true);
        return thread;
    });

    private volatile SMPPSession session;

    /** The bind attempt under way or about to start; null while waiting out a backoff. */
    private volatile CompletableFuture<SMPPSession> attempt;

    /** Touched by the connector thread only. */
    private Duration backoff;

    private volatile boolean closed;

    SmscConnection(SmsConfig config, DeliveryReceipts receipts) {
        this.config = config;
        this.receipts = receipts;
        this.backoff = config.reconnectMin();
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        Optional<String> unfit = unfitForBind(config.smsc());
        if (unfit.isPresent()) {
            Log.errorf("SMS is enabled but %s: no bind is attempted", unfit.get());
            return;
        }
        bindNow();
    }

    /** SMPP 3.4's limits (5.2.1, 5.2.2, 5.2.3), checked here: jSMPP would log the value it refuses. */
    static Optional<String> unfitForBind(SmsConfig.Smsc smsc) {
        if (smsc.systemId().orElse("").length() > 15) {
            return Optional.of("sms.smsc.system-id is longer than SMPP's 15 characters");
        }
        if (smsc.password().orElse("").length() > 8) {
            return Optional.of("sms.smsc.password is longer than SMPP's 8 characters");
        }
        if (smsc.systemType().orElse("").length() > 12) {
            return Optional.of("sms.smsc.system-type is longer than SMPP's 12 characters");
        }
        return Optional.empty();
    }

    /**
     * The bound session; if a bind is under way, waits for it up to {@code wait}.
     *
     * @throws SmsUnavailable no session, and none coming within {@code wait}
     */
    SMPPSession bound(Duration wait) throws SmsUnavailable {
        SMPPSession current = session;
        if (current != null && current.getSessionState().isBound()) {
            return current;
        }
        CompletableFuture<SMPPSession> pending = attempt;
        if (pending == null) {
            throw new SmsUnavailable("No session with the SMSC; the next bind follows its backoff");
        }
        try {
            return pending.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new SmsUnavailable("No session with the SMSC within " + wait);
        } catch (ExecutionException e) {
            throw new SmsUnavailable("The bind to the SMSC failed: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsUnavailable("Interrupted while waiting for the SMSC");
        }
    }

    @PreDestroy
    void close() {
        closed = true;
        connector.shutdownNow();
        SMPPSession current = session;
        if (current != null) {
            current.unbindAndClose();
        }
    }

    private void bindNow() {
        CompletableFuture<SMPPSession> next = new CompletableFuture<>();
        attempt = next;
        connector.execute(() -> bind(next));
    }

    private void bindLater(Duration wait) {
        connector.schedule(() -> {
            CompletableFuture<SMPPSession> next = new CompletableFuture<>();
            attempt = next;
            bind(next);
        }, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void bind(CompletableFuture<SMPPSession> outcome) {
        if (closed) {
            return;
        }
        SmsConfig.Smsc smsc = config.smsc();
        SMPPSession candidate = new SMPPSession();
        try {
            candidate.setEnquireLinkTimer((int) config.enquireLinkEvery().toMillis());
            candidate.setTransactionTimer(config.submitTimeout().toMillis());
            candidate.setMessageReceiverListener(receipts);
            candidate.connectAndBind(smsc.host(), smsc.port(),
                    new BindParameter(BindType.BIND_TRX, smsc.systemId().orElse(""), smsc.password().orElse(""),
                            smsc.systemType().orElse(""), TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null),
                    smsc.bindTimeout().toMillis());
            candidate.addSessionStateListener((now, before, source) -> {
                if (before.isBound() && !now.isBound()) {
                    lost(candidate);
                }
            });
            session = candidate;
            backoff = config.reconnectMin();
            Log.infof("SMSC %s:%d: bound as a transceiver", smsc.host(), smsc.port());
            outcome.complete(candidate);
            settled(outcome);
        } catch (IOException | RuntimeException e) {
            candidate.close();
            Duration wait = backoff;
            backoff = backoff.multipliedBy(2).compareTo(config.reconnectMax()) > 0 ? config.reconnectMax() : backoff.multipliedBy(2);
            Log.warnf("SMSC %s:%d: no session (%s); next attempt in %s", smsc.host(), smsc.port(), e.getMessage(), wait);
            outcome.completeExceptionally(e);
            settled(outcome);
            if (!closed) {
                bindLater(wait);
            }
        }
    }

    private void settled(CompletableFuture<SMPPSession> outcome) {
        if (attempt == outcome) {
            attempt = null;
        }
    }

    private void lost(SMPPSession lost) {
        if (session != lost || closed) {
            return;
        }
        session = null;
        Log.warnf("SMSC %s:%d: session lost; binding again", config.smsc().host(), config.smsc().port());
        bindNow();
    }
}
