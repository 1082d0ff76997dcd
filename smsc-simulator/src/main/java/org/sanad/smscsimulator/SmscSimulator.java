package org.sanad.smscsimulator;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeoutException;

import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.ServerSocketConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small SMSC speaking SMPP 3.4 (jSMPP's server API): it binds an ESME whose system_id and
 * password match, keeps every submit_sm ({@link #received()}), answers each part with a message id
 * and sends the delivery receipts asked for. A second port serves {@code GET /messages} and
 * {@code GET /health} over HTTP ({@link InspectionApi}).
 *
 * <p>{@link #stop()} drops every session at once, as an SMSC that goes away does; {@link #start()}
 * opens the same ports again and what was received is still there.
 */
public final class SmscSimulator implements AutoCloseable {

    /** The local run's credentials, the same as complaints-service's %dev profile. */
    public static final String LOCAL_SYSTEM_ID = "sanad-local";

    public static final String LOCAL_PASSWORD = "local-pw";

    private static final Logger LOG = LoggerFactory.getLogger(SmscSimulator.class);

    /** How long a connection may stay open without binding. */
    private static final long BIND_WAIT_MILLIS = 5_000;

    private static final String SMSC_SYSTEM_ID = "sanad-smsc";

    private final int smppPort;

    private final int httpPort;

    private final String systemId;

    private final String password;

    private final Inbox inbox = new Inbox(Clock.systemUTC());

    private final Map<SMPPServerSession, String> boundSystemIds = new ConcurrentHashMap<>();

    private final Receipts receipts;

    private final SubmitSmHandler submits;

    private Running running;

    /** What lives between a start and a stop. */
    private record Running(SMPPServerSessionListener listener, InspectionApi http, ExecutorService workers) {
    }

    public SmscSimulator(int smppPort, int httpPort, String systemId, String password) {
        this.smppPort = smppPort;
        this.httpPort = httpPort;
        this.systemId = systemId;
        this.password = password;
        this.receipts = new Receipts(Clock.systemUTC(), Executors.newSingleThreadExecutor(daemon("smsc-receipts")),
                this::receiverOf);
        this.submits = new SubmitSmHandler(this::systemIdOf, inbox, receipts);
    }

    /** A simulator listening on both ports. */
    public static SmscSimulator start(int smppPort, int httpPort, String systemId, String password) throws IOException {
        SmscSimulator simulator = new SmscSimulator(smppPort, httpPort, systemId, password);
        simulator.start();
        return simulator;
    }

    /** Opens both ports (again, after {@link #stop()}). */
    public synchronized void start() throws IOException {
        if (running != null) {
            return;
        }
        // this machine's own loopback only: what it keeps (numbers and texts) is shown to anyone who asks
        SMPPServerSessionListener listener = new SMPPServerSessionListener(smppPort, new LoopbackConnections());
        listener.setMessageReceiverListener(submits);
        listener.setResponseDeliveryListener(submits);
        InspectionApi http;
        try {
            http = new InspectionApi(httpPort, inbox, boundSystemIds::size);
        } catch (IOException e) {
            listener.close();
            throw e;
        }
        ExecutorService workers = Executors.newCachedThreadPool(daemon("smsc-session"));
        running = new Running(listener, http, workers);
        http.start();
        workers.execute(() -> accept(listener, workers));
        LOG.info("SMSC listening for SMPP on {}, HTTP on {}", smppPort, httpPort);
    }

    /** Closes both ports and drops every session without an unbind. */
    public synchronized void stop() {
        if (running == null) {
            return;
        }
        try {
            running.listener().close();
        } catch (IOException e) {
            LOG.warn("Closing the SMPP port: {}", e.toString());
        }
        boundSystemIds.keySet().forEach(SMPPServerSession::close);
        boundSystemIds.clear();
        running.http().stop();
        running.workers().shutdownNow();
        running = null;
        LOG.info("SMSC stopped");
    }

    @Override
    public void close() {
        stop();
    }

    /** Every message received since the start or the last {@link #clear()}, oldest first. */
    public List<ReceivedMessage> received() {
        return inbox.received();
    }

    /** The messages to one number ({@code +} or not). */
    public List<ReceivedMessage> receivedBy(String to) {
        return inbox.receivedBy(to);
    }

    public void clear() {
        inbox.clear();
    }

    /** The next {@code submits} submit_sm are refused with ESME_RTHROTTLED. */
    public void throttle(int submits) {
        this.submits.throttle(submits);
    }

    /** Messages to this number are accepted but their receipts say UNDELIV. */
    public void undeliverable(String number) {
        receipts.undeliverable(number);
    }

    /** ESME sessions bound now. */
    public int boundSessions() {
        return boundSystemIds.size();
    }

    public int smppPort() {
        return smppPort;
    }

    public int httpPort() {
        return httpPort;
    }

    private void accept(SMPPServerSessionListener listener, ExecutorService workers) {
        while (true) {
            SMPPServerSession session;
            try {
                session = listener.accept();
            } catch (IOException closed) {
                return;
            }
            workers.execute(() -> bind(session));
        }
    }

    private void bind(SMPPServerSession session) {
        try {
            BindRequest request = session.waitForBind(BIND_WAIT_MILLIS);
            if (!systemId.equals(request.getSystemId())) {
                LOG.warn("Bind refused: unknown system_id");
                request.reject(SMPPConstant.STAT_ESME_RINVSYSID);
                session.close();
                return;
            }
            if (!password.equals(request.getPassword())) {
                LOG.warn("Bind of {} refused: wrong password", request.getSystemId());
                request.reject(SMPPConstant.STAT_ESME_RINVPASWD);
                session.close();
                return;
            }
            session.addSessionStateListener((now, before, source) -> {
                if (!now.isBound()) {
                    boundSystemIds.remove(source);
                }
            });
            boundSystemIds.put(session, request.getSystemId());
            request.accept(SMSC_SYSTEM_ID, InterfaceVersion.IF_34);
            LOG.info("{} bound ({})", request.getSystemId(), request.getBindType());
            if (request.getBindType() != BindType.BIND_TX) {
                receipts.bound(request.getSystemId());
            }
        } catch (TimeoutException | IOException | PDUStringException | IllegalStateException e) {
            LOG.info("Connection closed before a bind: {}", e.toString());
            boundSystemIds.remove(session);
            session.close();
        }
    }

    private String systemIdOf(Session session) {
        return boundSystemIds.get(session);
    }

    private SMPPServerSession receiverOf(String esme) {
        return boundSystemIds.entrySet().stream()
                .filter(bound -> bound.getValue().equals(esme) && bound.getKey().getSessionState().isReceivable())
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * {@code java -jar sanad-smsc-simulator-<version>-runnable.jar [--smpp-port=2775] [--http-port=2780]};
     * the ESME's credentials from SMSC_SYSTEM_ID and SMSC_PASSWORD.
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        int smpp = 2775;
        int http = 2780;
        for (String arg : args) {
            if (arg.startsWith("--smpp-port=")) {
                smpp = Integer.parseInt(arg.substring("--smpp-port=".length()));
            } else if (arg.startsWith("--http-port=")) {
                http = Integer.parseInt(arg.substring("--http-port=".length()));
            } else {
                System.err.println("Usage: smsc-simulator [--smpp-port=2775] [--http-port=2780]"
                        + " (the ESME's credentials from SMSC_SYSTEM_ID and SMSC_PASSWORD)");
                System.exit(2);
            }
        }
        String systemId = Optional.ofNullable(System.getenv("SMSC_SYSTEM_ID")).orElse(LOCAL_SYSTEM_ID);
        String password = Optional.ofNullable(System.getenv("SMSC_PASSWORD")).orElse(LOCAL_PASSWORD);
        SmscSimulator simulator = start(smpp, http, systemId, password);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.stop();
            stopped.countDown();
        }));
        stopped.await();
    }

    /** jSMPP's server sockets, bound to the loopback address instead of every interface. */
    private static final class LoopbackConnections implements ServerConnectionFactory {

        @Override
        public ServerConnection listen(int port) throws IOException {
            return new ServerSocketConnection(new ServerSocket(port, 50, InetAddress.getLoopbackAddress()));
        }

        @Override
        public ServerConnection listen(int port, int timeout) throws IOException {
            ServerConnection connection = listen(port);
            connection.setSoTimeout(timeout);
            return connection;
        }

        @Override
        public ServerConnection listen(int port, int timeout, int backlog) throws IOException {
            ServerSocketConnection connection = new ServerSocketConnection(
                    new ServerSocket(port, backlog, InetAddress.getLoopbackAddress()));
            connection.setSoTimeout(timeout);
            return connection;
        }
    }
}
